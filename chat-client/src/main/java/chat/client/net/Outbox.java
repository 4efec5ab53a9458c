package chat.client.net;

import chat.core.frame.Frame;
import chat.core.frame.FrameEncoder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What one connection still has to send, written by a thread of its own so that neither the
 * console nor the reader ever blocks on a full socket. Typed text and control frames go first;
 * between two of them, one frame of bulk data (an image chunk) at a time, so text typed during
 * an upload goes out promptly.
 */
final class Outbox {
    private static final long IDLE_POLL_MILLIS = 200;
    private static final ByteBuffer WAKE = ByteBuffer.allocate(0);

    private final BlockingQueue<ByteBuffer> urgent = new LinkedBlockingQueue<>();
    private final OutputStream out;
    private final Supplier<Frame> bulk;
    private final Runnable onFailure;
    private final Thread thread;
    private volatile boolean stopped;
    private long offered;
    private long written;

    /**
     * @param bulk      the next bulk frame, or null when there is none
     * @param onFailure called once when a write fails (the connection is then lost)
     */
    Outbox(OutputStream out, Supplier<Frame> bulk, Runnable onFailure) {
        this.out = out;
        this.bulk = bulk;
        this.onFailure = onFailure;
        this.thread = new Thread(this::run, "chat-writer");
        this.thread.setDaemon(true);
    }

    Outbox start() {
        thread.start();
        return this;
    }

    /** Queues a whole encoded frame; never blocks. */
    void offer(ByteBuffer frame) {
        synchronized (this) {
            offered++;
        }
        urgent.add(frame);
    }

    /** Bulk data became available. */
    void wake() {
        urgent.add(WAKE);
    }

    /** Waits until everything offered so far has been written; false on timeout or failure. */
    synchronized boolean awaitDrained(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (written < offered && !stopped) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return written >= offered;
    }

    void stop() {
        stopped = true;
        urgent.add(WAKE);
        synchronized (this) {
            notifyAll();
        }
    }

    private void run() {
        try {
            while (!stopped) {
                ByteBuffer next = urgent.poll();
                boolean counted = next != null && next != WAKE;
                if (next == null) {
                    Frame frame = bulk.get();
                    if (frame != null) {
                        next = FrameEncoder.encode(frame);
                    } else {
                        next = urgent.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                        counted = next != null && next != WAKE;
                    }
                }
                if (next == null || next == WAKE) {
                    continue;
                }
                out.write(next.array(), next.arrayOffset() + next.position(), next.remaining());
                out.flush();
                if (counted) {
                    synchronized (this) {
                        written++;
                        notifyAll();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a failed write, or a chunk that could not be read from its file: the connection is lost
            stop();
            onFailure.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
