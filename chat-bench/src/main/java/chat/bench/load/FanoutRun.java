package chat.bench.load;

import chat.bench.stats.DeliveryChecker;
import chat.bench.stats.LatencyHistogram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One workload against one server: fills the room, runs the warm-up, then the measured
 * messages, and sums up what every receiver checked. Each phase is bounded by a deadline.
 */
public final class FanoutRun {
    private static final int MAX_PENDING_JOINS = 256;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Workload workload;
    private final TargetKind target;
    private final InetSocketAddress address;
    private final IoLoop[] loops;
    private final SenderProgress[] progress;
    private final List<BenchConnection> connections = new ArrayList<>();
    private final List<Receipts> receipts = new ArrayList<>();
    private final Semaphore joinPermits = new Semaphore(MAX_PENDING_JOINS);
    private final AtomicInteger joined = new AtomicInteger();
    private final AtomicInteger lostConnections = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicReference<String> unsupported = new AtomicReference<>();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final ImageSource image;

    public FanoutRun(Workload workload, TargetKind target, InetSocketAddress address, int ioThreads, long deadlineNanos) {
        this.workload = workload;
        this.target = target;
        this.address = address;
        this.loops = new IoLoop[ioThreads];
        for (int i = 0; i < ioThreads; i++) {
            loops[i] = new IoLoop(i, deadlineNanos);
        }
        this.progress = new SenderProgress[workload.senders()];
        boolean keepTimes = workload.image() && target == TargetKind.CHAT;
        for (int s = 0; s < progress.length; s++) {
            progress[s] = new SenderProgress(s, workload.window(), workload.recipients(),
                    keepTimes ? workload.totalMessages() : 0, ioThreads);
        }
        this.image = keepTimes ? new ImageSource(workload.size()) : null;
        if (target == TargetKind.CHAT) {
            // The first JSON encoding loads Jackson; done here, it cannot delay a HELLO past the
            // server's 500 ms mode detection (a silent connection is taken for a line client).
            ChatConnection.warmUpEncoder();
        }
    }

    /**
     * Runs the workload. {@code afterJoin} is called once the room is full (e.g. to read the
     * server's memory); the run ends at {@code deadlineNanos} (Stamp clock) at the latest.
     */
    public RunOutcome execute(Runnable afterJoin, long deadlineNanos) throws IOException, InterruptedException {
        for (IoLoop loop : loops) {
            loop.start();
        }
        try {
            long joinStart = Stamp.now();
            boolean full = fillRoom(deadlineNanos);
            long joinNanos = Stamp.now() - joinStart;
            if (!full) {
                return summarise(0, joinNanos, false);
            }
            countRecipientsPerLoop();
            afterJoin.run();
            boolean warm = runUpTo(workload.warmup(), deadlineNanos);
            long start = Stamp.now();
            boolean complete = warm && unsupported.get() == null && runUpTo(workload.totalMessages(), deadlineNanos);
            long end = complete ? lastFinish() : Stamp.now();
            return summarise(Math.max(1, end - start), joinNanos, complete);
        } finally {
            for (IoLoop loop : loops) {
                loop.stop();
            }
        }
    }

    private boolean fillRoom(long deadlineNanos) throws IOException, InterruptedException {
        int expected = target == TargetKind.CHAT ? workload.members() : workload.recipients() + workload.senders();
        for (int i = 0; i < expected; i++) {
            long left = deadlineNanos - Stamp.now();
            if (left <= 0 || !joinPermits.tryAcquire(left, TimeUnit.NANOSECONDS) || failed()) {
                return false;
            }
            SocketChannel channel = BenchConnection.connect(address);
            BenchConnection c = newConnection(i, channel);
            connections.add(c);
            loops[i % loops.length].add(c);
            if (i == 0 && !awaitJoined(1, deadlineNanos)) {
                return false;
            }
        }
        return awaitJoined(expected, deadlineNanos);
    }

    /**
     * Waits for {@code count} joins. The first member joins alone: a cold server's first WELCOME
     * can stall its loop long enough for others' HELLOs to miss its mode detection.
     */
    private boolean awaitJoined(int count, long deadlineNanos) {
        while (joined.get() < count && Stamp.now() < deadlineNanos && !failed()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        return joined.get() >= count;
    }

    private BenchConnection newConnection(int i, SocketChannel channel) {
        int senders = workload.senders();
        if (target == TargetKind.CHAT) {
            int self = i < senders ? i : -1;
            Receipts r = new Receipts(self, senders, i % loops.length);
            receipts.add(r);
            return new ChatConnection(channel, this, "bench" + i, r, self < 0 ? null : progress[self]);
        }
        int subscribers = workload.recipients();
        if (i < subscribers) {
            Receipts r = new Receipts(-1, senders, i % loops.length);
            receipts.add(r);
            return new RedisConnection(channel, this, r, null);
        }
        return new RedisConnection(channel, this, null, progress[i - subscribers]);
    }

    private void countRecipientsPerLoop() {
        for (SenderProgress p : progress) {
            int[] counts = new int[loops.length];
            for (Receipts r : receipts) {
                if (r.self != p.index()) {
                    counts[r.loop]++;
                }
            }
            p.recipientsPerLoop(counts);
        }
    }

    private boolean runUpTo(long messages, long deadlineNanos) {
        if (messages == 0) {
            return true;
        }
        for (SenderProgress p : progress) {
            p.allow(messages);
        }
        while (Stamp.now() < deadlineNanos && !failed()) {
            boolean done = true;
            for (SenderProgress p : progress) {
                if (p.completed() < messages) {
                    done = false;
                    break;
                }
            }
            if (done) {
                return true;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return false;
    }

    private boolean failed() {
        return unsupported.get() != null || lostConnections.get() > 0;
    }

    private long lastFinish() {
        long last = 0;
        for (SenderProgress p : progress) {
            last = Math.max(last, p.finishNanos());
        }
        return last;
    }

    private RunOutcome summarise(long elapsed, long joinNanos, boolean complete) throws InterruptedException {
        for (IoLoop loop : loops) {
            loop.stop();
        }
        LatencyHistogram h = new LatencyHistogram();
        long deliveries = 0;
        long bytes = 0;
        long malformed = 0;
        long echoes = 0;
        long failures = lostConnections.get() + serverErrors.get();
        for (IoLoop loop : loops) {
            h.add(loop.histogram());
            deliveries += loop.measuredDeliveries();
            bytes += loop.measuredBytes();
            malformed += loop.malformed();
            echoes += loop.echoes();
            failures += loop.failures();
        }
        long lost = 0;
        long duplicates = 0;
        long outOfOrder = 0;
        for (Receipts r : receipts) {
            for (SenderProgress p : progress) {
                if (p.index() == r.self) {
                    continue;
                }
                long sent = p.sentSoFar();
                DeliveryChecker c = r.existing(p.index());
                if (c == null) {
                    lost += sent;
                } else {
                    lost += c.lost(sent);
                    duplicates += c.duplicates();
                    outOfOrder += c.outOfOrder();
                }
            }
        }
        return new RunOutcome(deliveries, bytes, elapsed, lost, duplicates, outOfOrder, malformed, echoes,
                h.percentile(50), h.percentile(99), h.percentile(99.9), h.max(), joinNanos, complete, failures,
                unsupported.get() != null ? unsupported.get() : firstFailure.get());
    }

    /** A receiver got message {@code seq} from {@code sender}, stamped at {@code sentAt}. */
    void deliver(IoLoop loop, Receipts r, int sender, long seq, long sentAt) {
        if (sender < 0 || sender >= progress.length || seq < 0) {
            loop.malformed++;
            return;
        }
        if (sender == r.self) {
            loop.echoes++;
            return;
        }
        if (r.checker(sender).accept(seq)) {
            if (seq >= workload.warmup()) {
                loop.measuredDeliveries++;
                loop.measuredBytes += workload.messageBytes();
                loop.histogram().record(Stamp.now() - sentAt);
            }
            progress[sender].delivered(seq, loop);
        }
    }

    SenderProgress progress(int sender) {
        return progress[sender];
    }

    Workload workload() {
        return workload;
    }

    ImageSource image() {
        return image;
    }

    void joined() {
        joined.incrementAndGet();
        joinPermits.release();
    }

    void joinRefused(String code) {
        firstFailure.compareAndSet(null, "join refused: " + code);
        lostConnections.incrementAndGet();
        joinPermits.release();
    }

    void serverError(String code) {
        serverErrors.incrementAndGet();
        firstFailure.compareAndSet(null, "server error: " + code);
    }

    void unsupported(String why) {
        unsupported.compareAndSet(null, why);
    }

    void connectionLost() {
        lostConnections.incrementAndGet();
        firstFailure.compareAndSet(null, "connection closed by the server");
    }

    void connectionFailed(Exception e) {
        lostConnections.incrementAndGet();
        firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
