package chat.bench.stats;

/**
 * A log-linear histogram of non-negative long values (nanoseconds), HdrHistogram-style.
 *
 * <p>Values below 128 are counted exactly; above, each power of two is split into 64 equal
 * buckets, so a percentile is reported within 1/64 (1.6 %) of the true value. Recording is a few shifts and one array increment, with no allocation.
 * Not thread-safe: each I/O thread records into its own and they are {@link #add merged} at the end.
 */
public final class LatencyHistogram {
    private static final int SUB_BITS = 7;
    private static final int SUB_COUNT = 1 << SUB_BITS;
    /** Exponents 0..(63 - SUB_BITS), each with SUB_COUNT buckets. */
    private static final int BUCKETS = (64 - SUB_BITS + 1) * SUB_COUNT;

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long max;
    private long min = Long.MAX_VALUE;

    /** Counts one value; negative values count as 0. */
    public void record(long value) {
        long v = Math.max(0, value);
        counts[indexOf(v)]++;
        total++;
        if (v > max) {
            max = v;
        }
        if (v < min) {
            min = v;
        }
    }

    /** Adds every count of {@code other} to this one. */
    public void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
        min = Math.min(min, other.min);
    }

    public void reset() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        max = 0;
        min = Long.MAX_VALUE;
    }

    public long count() {
        return total;
    }

    public long max() {
        return max;
    }

    public long min() {
        return total == 0 ? 0 : min;
    }

    /**
     * The smallest recorded value v such that at least {@code percentile} % of the values are
     * at most v, to within a bucket (reported as the bucket's upper bound, capped at the max).
     * 0 when empty.
     */
    public long percentile(double percentile) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(percentile / 100.0 * total);
        rank = Math.max(1, Math.min(total, rank));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(max, Math.max(min(), upperBound(i)));
            }
        }
        return max;
    }

    static int indexOf(long v) {
        if (v < SUB_COUNT) {
            return (int) v;
        }
        // keep the top SUB_BITS bits: v >>> exponent lies in [SUB_COUNT / 2, SUB_COUNT)
        int exponent = 63 - Long.numberOfLeadingZeros(v) - SUB_BITS + 1;
        return exponent * SUB_COUNT + (int) (v >>> exponent);
    }

    static long upperBound(int index) {
        int exponent = index / SUB_COUNT;
        long sub = index % SUB_COUNT;
        if (exponent == 0) {
            return sub;
        }
        return ((sub + 1) << exponent) - 1;
    }
}
