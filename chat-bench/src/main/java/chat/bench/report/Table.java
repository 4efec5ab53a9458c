package chat.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The human table: the median of every figure over the runs of a mode and target, and the chat/Redis ratios. */
public final class Table {
    private Table() {
    }

    /** Medians per (mode, target), in the order first seen. */
    public static Map<String, Map<String, BenchResult>> medians(List<BenchResult> results) {
        Map<String, Map<String, List<BenchResult>>> grouped = new LinkedHashMap<>();
        for (BenchResult r : results) {
            grouped.computeIfAbsent(r.mode(), k -> new LinkedHashMap<>()).computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Map<String, BenchResult>> out = new LinkedHashMap<>();
        grouped.forEach((mode, byTarget) -> {
            Map<String, BenchResult> m = new LinkedHashMap<>();
            byTarget.forEach((target, runs) -> m.put(target, median(runs)));
            out.put(mode, m);
        });
        return out;
    }

    /** Each figure's median over {@code runs} (figures taken independently). */
    public static BenchResult median(List<BenchResult> runs) {
        BenchResult first = runs.get(0);
        boolean complete = runs.stream().allMatch(BenchResult::complete);
        String note = runs.stream().map(BenchResult::note).filter(n -> n != null && !n.isEmpty()).findFirst().orElse(null);
        return new BenchResult(first.mode(), first.target(), runs.size(), first.members(), first.senders(), first.size(),
                first.messages(), first.window(),
                med(runs, BenchResult::deliveriesPerSecond), med(runs, BenchResult::megabytesPerSecond),
                (long) med(runs, BenchResult::deliveries),
                runs.stream().mapToLong(BenchResult::lost).sum(), runs.stream().mapToLong(BenchResult::duplicates).sum(),
                runs.stream().mapToLong(BenchResult::outOfOrder).sum(),
                med(runs, BenchResult::p50Micros), med(runs, BenchResult::p99Micros), med(runs, BenchResult::p999Micros),
                med(runs, BenchResult::maxMicros), (long) med(runs, BenchResult::peakRssKib),
                (long) med(runs, BenchResult::idleRssKib), (long) med(runs, BenchResult::joinedRssKib),
                med(runs, BenchResult::rssBytesPerMember), med(runs, BenchResult::joinSeconds),
                (long) med(runs, BenchResult::heapUsedKib), complete,
                runs.stream().mapToLong(BenchResult::failures).sum(), med(runs, BenchResult::cpuNanosPerDelivery), note);
    }

    static double med(List<BenchResult> runs, ToDoubleFunction<BenchResult> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Chat's figure over Redis's, or NaN when either is missing. */
    public static double ratio(Map<String, BenchResult> byTarget, ToDoubleFunction<BenchResult> f) {
        BenchResult chat = byTarget.get("chat");
        BenchResult redis = byTarget.get("redis");
        if (chat == null || redis == null || f.applyAsDouble(redis) <= 0 || chat.note() != null && !chat.complete()) {
            return Double.NaN;
        }
        return f.applyAsDouble(chat) / f.applyAsDouble(redis);
    }

    public static String render(Map<String, Map<String, BenchResult>> medians, Map<String, String> descriptions) {
        StringBuilder sb = new StringBuilder();
        String header = String.format(Locale.ROOT, "%-6s %4s %12s %9s %6s %5s %5s %9s %9s %9s %9s %9s  %s%n",
                "target", "runs", "deliveries/s", "MB/s", "lost", "dup", "ooo", "p50 us", "p99 us", "p99.9 us",
                "max us", "peakRSS", "other");
        for (var modeEntry : medians.entrySet()) {
            sb.append(descriptions.getOrDefault(modeEntry.getKey(), modeEntry.getKey())).append('\n');
            sb.append(header);
            List<BenchResult> rows = new ArrayList<>(modeEntry.getValue().values());
            rows.sort(Comparator.comparing(BenchResult::target));
            for (BenchResult r : rows) {
                sb.append(String.format(Locale.ROOT, "%-6s %4d %12.0f %9.1f %6d %5d %5d %9.0f %9.0f %9.0f %9.0f %8.1fM  %s%n",
                        r.target(), r.run(), r.deliveriesPerSecond(), r.megabytesPerSecond(), r.lost(), r.duplicates(),
                        r.outOfOrder(), r.p50Micros(), r.p99Micros(), r.p999Micros(), r.maxMicros(),
                        r.peakRssKib() / 1024.0, other(r)));
            }
            Map<String, BenchResult> byTarget = modeEntry.getValue();
            double throughput = ratio(byTarget, BenchResult::deliveriesPerSecond);
            double p99 = ratio(byTarget, BenchResult::p99Micros);
            if (!Double.isNaN(throughput)) {
                sb.append(String.format(Locale.ROOT, "  chat/redis: deliveries/s x%.2f, p99 x%.2f, max x%.2f, server CPU per delivery x%.2f%n",
                        throughput, p99, ratio(byTarget, BenchResult::maxMicros),
                        ratio(byTarget, BenchResult::cpuNanosPerDelivery)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String other(BenchResult r) {
        StringBuilder sb = new StringBuilder();
        if (r.cpuNanosPerDelivery() > 0) {
            sb.append(String.format(Locale.ROOT, "CPU %.0f ns/delivery; ", r.cpuNanosPerDelivery()));
        }
        if (r.rssBytesPerMember() > 0) {
            sb.append(String.format(Locale.ROOT, "RSS/member %.0f B; join %.1f s; ", r.rssBytesPerMember(), r.joinSeconds()));
        }
        if (r.heapUsedKib() >= 0) {
            sb.append(String.format(Locale.ROOT, "heap after %.1f MiB; ", r.heapUsedKib() / 1024.0));
        }
        if (!r.complete()) {
            sb.append("INCOMPLETE; ");
        }
        if (r.failures() > 0) {
            sb.append("failures ").append(r.failures()).append("; ");
        }
        if (r.note() != null) {
            sb.append(r.note());
        }
        return sb.toString().trim();
    }
}
