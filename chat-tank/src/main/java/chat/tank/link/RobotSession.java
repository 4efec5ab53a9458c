package chat.tank.link;

import chat.tank.command.CommandEncoder;
import chat.tank.command.TankCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One open TCP connection to the robot: its socket, the single writer lock, the keep-alive timestamps and
 * the reader's end-of-stream latch. Owned by {@link TankLink}; one instance per connect.
 */
final class RobotSession {
    /** Keep-alive send times remembered for round-trip measurement; older ones are dropped. */
    private static final int MAX_PENDING_KEEP_ALIVES = 16;

    private final Socket socket;
    private final OutputStream out;
    private final String address;
    private final Object writeLock = new Object();
    private final Deque<Long> keepAliveSentNanos = new ArrayDeque<>();
    private final CountDownLatch readerDone = new CountDownLatch(1);
    private volatile boolean closingByUs;
    private volatile ScheduledFuture<?> heartbeat;
    private long keepAlivesSent;
    private long alivesReceived;

    RobotSession(Socket socket, String address) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.address = address;
    }

    String address() {
        return address;
    }

    Socket socket() {
        return socket;
    }

    /** Sends one command as exactly one write on the socket. */
    void send(TankCommand command) throws IOException {
        byte[] bytes = CommandEncoder.encode(command);
        synchronized (writeLock) {
            if (command instanceof TankCommand.KeepAlive) {
                recordKeepAlive();
            }
            out.write(bytes);
            out.flush();
        }
    }

    private void recordKeepAlive() {
        synchronized (keepAliveSentNanos) {
            if (keepAliveSentNanos.size() == MAX_PENDING_KEEP_ALIVES) {
                keepAliveSentNanos.removeFirst();
            }
            keepAliveSentNanos.addLast(System.nanoTime());
            keepAlivesSent++;
        }
    }

    /** Matches an {@code alive} to the oldest unanswered keep-alive; returns the round trip in nanoseconds or -1. */
    long aliveReceived(long nowNanos) {
        synchronized (keepAliveSentNanos) {
            alivesReceived++;
            Long sent = keepAliveSentNanos.pollFirst();
            return sent == null ? -1 : nowNanos - sent;
        }
    }

    long keepAlivesSent() {
        synchronized (keepAliveSentNanos) {
            return keepAlivesSent;
        }
    }

    long alivesReceived() {
        synchronized (keepAliveSentNanos) {
            return alivesReceived;
        }
    }

    void heartbeat(ScheduledFuture<?> future) {
        this.heartbeat = future;
    }

    void markClosingByUs() {
        closingByUs = true;
    }

    boolean closingByUs() {
        return closingByUs;
    }

    void readerFinished() {
        readerDone.countDown();
    }

    /** Waits up to {@code millis} for the robot to close its side after our {@code disconnect}. */
    void awaitRobotClose(long millis) {
        try {
            readerDone.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the heartbeat and closes the socket; safe to call more than once. */
    void close() {
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
        try {
            socket.close();
        } catch (IOException e) {
            // already broken: nothing left to release
        }
    }
}
