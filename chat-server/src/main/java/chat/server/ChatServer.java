package chat.server;

import chat.server.log.EventLog;
import chat.server.loop.EventLoop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A running chat server: binds its addresses, then runs its single-threaded event loop on a
 * thread of its own. {@link #shutdown} tells every member, flushes for at most 2 s and closes.
 */
public final class ChatServer implements AutoCloseable {
    private static final long JOIN_MARGIN_MILLIS = 5_000;
    private static final long CLOCK_START_MILLIS = 1_000_000_000L;

    private final EventLoop loop;
    private final Thread thread;
    private final List<InetSocketAddress> bound;

    private ChatServer(EventLoop loop, Thread thread, List<InetSocketAddress> bound) {
        this.loop = loop;
        this.thread = thread;
        this.bound = bound;
    }

    /** Binds and starts serving; returns once the server is listening. Logs nothing. */
    public static ChatServer start(ServerConfig config) throws IOException {
        return start(config, EventLog.silent());
    }

    /** Binds and starts serving, logging one line per event to {@code log}. */
    public static ChatServer start(ServerConfig config, EventLog log) throws IOException {
        EventLoop loop = new EventLoop(config, log, monotonicMillis());
        List<InetSocketAddress> bound = loop.bind();
        Thread thread = new Thread(loop, "chat-server");
        thread.setDaemon(true);
        thread.start();
        return new ChatServer(loop, thread, bound);
    }

    /**
     * Milliseconds that only go forward, whatever happens to the wall clock (a Pi without a
     * real-time clock sets it from the network after boot). Starts far from zero: the loop uses
     * negative values and zero to mean "not set".
     */
    private static LongSupplier monotonicMillis() {
        long origin = System.nanoTime();
        return () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - origin) + CLOCK_START_MILLIS;
    }

    /** The addresses listened on, with the real ports when port 0 was asked for. */
    public List<InetSocketAddress> boundAddresses() {
        return bound;
    }

    /** The port of the first listen address. */
    public int port() {
        return bound.get(0).getPort();
    }

    /** Members in the room (as last seen by the event loop). */
    public int memberCount() {
        return loop.memberCount();
    }

    /** What stopped the server when it did not stop because it was asked to; null otherwise. */
    public Throwable failure() {
        return loop.failure();
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Graceful stop: the shutdown notice, at most 2 s of flushing, then every connection closed. Idempotent. */
    public void shutdown() {
        loop.requestShutdown();
        try {
            loop.awaitTermination(chat.core.protocol.Protocol.SHUTDOWN_FLUSH_MILLIS + JOIN_MARGIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the server has stopped (after {@link #shutdown}, or never). */
    public void awaitTermination() throws InterruptedException {
        thread.join();
    }

    @Override
    public void close() {
        shutdown();
    }
}
