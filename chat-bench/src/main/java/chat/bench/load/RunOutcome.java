package chat.bench.load;

/**
 * What a run measured, before the server's memory is added. Times in nanoseconds.
 *
 * @param unsupported why the target could not do the workload (e.g. {@code unknown_type}), or null
 */
public record RunOutcome(long deliveries, long bytes, long elapsedNanos, long lost, long duplicates,
                         long outOfOrder, long malformed, long echoes, long p50, long p99, long p999, long max,
                         long joinNanos, boolean complete, long failures, String unsupported) {

    public double deliveriesPerSecond() {
        return elapsedNanos <= 0 ? 0 : deliveries * 1e9 / elapsedNanos;
    }

    public double megabytesPerSecond() {
        return elapsedNanos <= 0 ? 0 : bytes * 1e9 / elapsedNanos / 1e6;
    }
}
