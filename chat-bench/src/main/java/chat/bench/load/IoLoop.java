package chat.bench.load;

import chat.bench.stats.LatencyHistogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One I/O thread of the load generator: a selector over its share of the connections, one
 * shared read buffer, and its own latency histogram and counters (merged by the run at the end).
 * Runs until stopped or its deadline passes.
 */
public final class IoLoop implements Runnable {
    private static final int READ_BUFFER_BYTES = 256 * 1024;
    private static final long SELECT_MILLIS = 50;

    private final int index;
    private final String name;
    private final Selector selector;
    private final long deadlineNanos;
    private final Queue<BenchConnection> incoming = new ConcurrentLinkedQueue<>();
    private final List<BenchConnection> senders = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    private final LatencyHistogram histogram = new LatencyHistogram();
    private volatile boolean running = true;
    private Thread thread;
    /** Deliveries counted for throughput (after warm-up); this thread only until stopped. */
    long measuredDeliveries;
    long measuredBytes;
    long malformed;
    long echoes;
    long failures;

    /** @param deadlineNanos Stamp clock time after which the loop stops by itself */
    public IoLoop(int index, long deadlineNanos) {
        this.index = index;
        this.name = "bench-io-" + index;
        this.deadlineNanos = deadlineNanos;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void start() {
        thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a connected, non-blocking connection to this loop (any thread). */
    public void add(BenchConnection connection) {
        incoming.add(connection);
        selector.wakeup();
    }

    public void wakeup() {
        selector.wakeup();
    }

    /** Stops the thread and closes every connection; idempotent. */
    public void stop() throws InterruptedException {
        if (!selector.isOpen()) {
            return;
        }
        running = false;
        selector.wakeup();
        if (thread != null) {
            thread.join(5_000);
        }
        for (SelectionKey key : selector.keys()) {
            ((BenchConnection) key.attachment()).close();
        }
        try {
            selector.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void run() {
        try {
            while (running && Stamp.now() < deadlineNanos) {
                selector.select(SELECT_MILLIS);
                registerIncoming();
                var selected = selector.selectedKeys();
                for (SelectionKey key : selected) {
                    handle(key);
                }
                selected.clear();
                for (int i = 0; i < senders.size(); i++) {
                    senders.get(i).pump();
                }
            }
        } catch (IOException e) {
            failures++;
        }
    }

    private void registerIncoming() {
        BenchConnection c;
        while ((c = incoming.poll()) != null) {
            try {
                c.register(this, selector);
                if (c.isSender()) {
                    senders.add(c);
                }
            } catch (IOException e) {
                failures++;
                c.close();
            }
        }
    }

    private void handle(SelectionKey key) {
        BenchConnection c = (BenchConnection) key.attachment();
        try {
            if (!key.isValid()) {
                return;
            }
            if (key.isWritable()) {
                c.flush();
            }
            if (key.isValid() && key.isReadable()) {
                c.readFrom(readBuffer);
            }
        } catch (IOException | RuntimeException e) {
            failures++;
            c.fail(e);
        }
    }

    /** This loop's number, 0 to threads - 1. */
    int index() {
        return index;
    }

    public LatencyHistogram histogram() {
        return histogram;
    }

    public long measuredDeliveries() {
        return measuredDeliveries;
    }

    public long measuredBytes() {
        return measuredBytes;
    }

    public long malformed() {
        return malformed;
    }

    public long echoes() {
        return echoes;
    }

    public long failures() {
        return failures;
    }
}
