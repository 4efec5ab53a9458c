package chat.bench.load;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One sender's window: how many of its messages are sent, how many every recipient has, and how
 * many recipients each in-flight message still waits for. At most {@code window} messages are
 * in flight, so message {@code seq} owns slot {@code seq % window} while it is.
 *
 * <p>Each I/O thread counts its own recipients down in its own array (no contended atomics on
 * the per-delivery path); the thread whose count reaches zero then counts down the threads
 * still waiting. The sender's own thread reads the completions before sending more.
 */
public final class SenderProgress {
    private static final int PADDING_INTS = 32;

    private final int index;
    private final int window;
    private final int recipients;
    /** Per I/O thread: recipients on that thread still waiting, per slot; padded against false sharing. */
    private final AtomicIntegerArray[] waiting;
    /** Per slot: I/O threads whose recipients do not all have the message yet. */
    private final AtomicIntegerArray loopsWaiting;
    private int[] recipientsPerLoop;
    private int activeLoops;
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLongArray sendTimes;
    private volatile long limit;
    private volatile long finishNanos;
    private volatile IoLoop loop;
    /** Sent messages; written by the sender's I/O thread only. */
    private long sent;

    /** @param totalMessages when positive, send times are kept per message (for payloads that cannot carry a stamp) */
    public SenderProgress(int index, int window, int recipients, int totalMessages, int loops) {
        this.index = index;
        this.window = window;
        this.recipients = recipients;
        this.waiting = new AtomicIntegerArray[loops];
        for (int l = 0; l < loops; l++) {
            waiting[l] = new AtomicIntegerArray(window + PADDING_INTS);
        }
        this.loopsWaiting = new AtomicIntegerArray(window);
        this.sendTimes = totalMessages > 0 ? new AtomicLongArray(totalMessages) : null;
    }

    public int index() {
        return index;
    }

    void attach(IoLoop owner) {
        this.loop = owner;
    }

    /** How many of this sender's recipients each I/O thread serves; set before the first message. */
    void recipientsPerLoop(int[] counts) {
        int total = 0;
        int active = 0;
        for (int c : counts) {
            total += c;
            active += c > 0 ? 1 : 0;
        }
        if (total != recipients) {
            throw new IllegalStateException("recipients per thread add up to " + total + ", not " + recipients);
        }
        this.recipientsPerLoop = counts.clone();
        this.activeLoops = active;
    }

    /** Lets the sender go on up to {@code messages} messages in all. */
    public void allow(long messages) {
        this.limit = messages;
        IoLoop owner = loop;
        if (owner != null) {
            owner.wakeup();
        }
    }

    /** True when one more message may be sent now. */
    boolean canSend() {
        return sent < limit && sent - completed.get() < window;
    }

    /** Sequence number of the next message. */
    long nextSeq() {
        return sent;
    }

    /** Call before the message's bytes reach the socket. */
    void markSent(long seq, long nanos) {
        int slot = (int) (seq % window);
        for (int l = 0; l < waiting.length; l++) {
            waiting[l].set(slot, recipientsPerLoop[l]);
        }
        loopsWaiting.set(slot, activeLoops);
        if (sendTimes != null) {
            sendTimes.set((int) seq, nanos);
        }
        sent = seq + 1;
    }

    long sendTime(long seq) {
        return sendTimes == null || seq >= sendTimes.length() ? -1 : sendTimes.get((int) seq);
    }

    /** One recipient has message {@code seq}; from I/O thread {@code from}. */
    void delivered(long seq, IoLoop from) {
        int slot = (int) (seq % window);
        if (waiting[from.index()].decrementAndGet(slot) == 0 && loopsWaiting.decrementAndGet(slot) == 0) {
            long done = completed.incrementAndGet();
            if (done >= limit) {
                finishNanos = Stamp.now();
            }
            IoLoop owner = loop;
            if (owner != from && owner != null) {
                owner.wakeup();
            }
        }
    }

    /** Messages sent; read only once the sender's loop has stopped. */
    public long sentSoFar() {
        return sent;
    }

    /** Messages every recipient has. */
    public long completed() {
        return completed.get();
    }

    /** When the last allowed message was complete (Stamp clock). */
    public long finishNanos() {
        return finishNanos;
    }
}
