package chat.bench.stats;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks the sequence numbers one receiver gets from one sender: each number once, in order.
 *
 * <p>The expected next number is the state; a jump ahead remembers the skipped numbers as
 * missing (a set allocated only then). A number below the expected one is late (out of order)
 * if it was missing, otherwise a duplicate. Whatever is still missing at the end, or was never
 * reached, is lost. Not thread-safe: owned by the receiver's I/O thread.
 */
public final class DeliveryChecker {
    /** A gap wider than this is counted, not remembered number by number. */
    private static final int MAX_REMEMBERED_GAP = 1 << 20;

    private long next;
    private long accepted;
    private long duplicates;
    private long outOfOrder;
    private long unrememberedGaps;
    private Set<Long> missing;

    /** Records number {@code seq}; true when it is new (counts as a delivery). */
    public boolean accept(long seq) {
        if (seq == next) {
            next++;
            accepted++;
            return true;
        }
        if (seq > next) {
            long gap = seq - next;
            if (gap > MAX_REMEMBERED_GAP) {
                unrememberedGaps += gap;
            } else {
                if (missing == null) {
                    missing = new HashSet<>();
                }
                for (long s = next; s < seq; s++) {
                    missing.add(s);
                }
            }
            next = seq + 1;
            accepted++;
            return true;
        }
        if (missing != null && missing.remove(seq)) {
            outOfOrder++;
            accepted++;
            return true;
        }
        duplicates++;
        return false;
    }

    /** Distinct numbers received. */
    public long accepted() {
        return accepted;
    }

    public long duplicates() {
        return duplicates;
    }

    public long outOfOrder() {
        return outOfOrder;
    }

    /** Numbers of 0..expected-1 never received. */
    public long lost(long expected) {
        long holes = (missing == null ? 0 : missing.stream().filter(s -> s < expected).count()) + unrememberedGaps;
        return holes + Math.max(0, expected - next);
    }
}
