package chat.bench.report;

/**
 * One run of one mode against one target, as reported: rates, checks, latency in microseconds,
 * the server's memory in KiB, the server's CPU time per delivery in nanoseconds. Fields that do not apply are -1.
 */
public record BenchResult(String mode, String target, int run, int members, int senders, int size, int messages,
                          int window, double deliveriesPerSecond, double megabytesPerSecond, long deliveries,
                          long lost, long duplicates, long outOfOrder, double p50Micros, double p99Micros,
                          double p999Micros, double maxMicros, long peakRssKib, long idleRssKib, long joinedRssKib,
                          double rssBytesPerMember, double joinSeconds, long heapUsedKib, boolean complete,
                          long failures, double cpuNanosPerDelivery, String note) {
}
