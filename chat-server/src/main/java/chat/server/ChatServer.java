package chat.server;

import chat.server.log.EventLog;
import chat.server.loop.EventLoop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A running chat server: binds its addresses, then runs its single-threaded event loop on a
 * thread of its own. {@link #shutdown} tells every member, flushes for at most 2 s and closes.
 */
public final class ChatServer implements AutoCloseable {
    private static final long JOIN_MARGIN_MILLIS = 5_000;

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
        EventLoop loop = new EventLoop(config, log, System::currentTimeMillis);
        List<InetSocketAddress> bound = loop.bind();
        Thread thread = new Thread(loop, "chat-server");
        thread.setDaemon(true);
        thread.start();
        return new ChatServer(loop, thread, bound);
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
