package chat.bench;

import chat.bench.load.TargetKind;
import chat.bench.load.Workload;
import chat.bench.report.BenchResult;
import chat.bench.report.Modes;
import chat.bench.report.Table;
import chat.core.json.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The comparison: each mode against the chat server and Redis pub/sub, each in a fresh
 * process on 127.0.0.1, printed as a table of medians with ratios and one line of JSON.
 */
@Command(name = "chat-bench", mixinStandardHelpOptions = true,
        description = "Fan-out benchmark: the chat server against Redis pub/sub on 127.0.0.1.")
public final class LoadCommand implements Callable<Integer> {

    /** Which servers to run against. */
    enum Target { chat, redis, both }

    @Option(names = "--target", defaultValue = "both", description = "chat, redis or both (default ${DEFAULT-VALUE})")
    Target target;

    @Option(names = "--mode", split = ",", defaultValue = "a,b,c,d,e", description = "modes a..e (default ${DEFAULT-VALUE})")
    List<String> modes;

    @Option(names = "--clients", description = "members in the room, senders included (overrides the mode)")
    Integer clients;

    @Option(names = "--senders", description = "members that send (overrides the mode)")
    Integer senders;

    @Option(names = "--size", description = "bytes per message, or per image (overrides the mode)")
    Integer size;

    @Option(names = "--messages", description = "measured messages per sender (overrides the mode)")
    Integer messages;

    @Option(names = "--warmup", description = "warm-up messages per sender, not measured (overrides the mode)")
    Integer warmup;

    @Option(names = "--window", description = "messages in flight per sender (overrides the mode)")
    Integer window;

    @Option(names = "--runs", defaultValue = "1", description = "runs of each mode and target; the table shows medians")
    int runs;

    @Option(names = "--io-threads", defaultValue = "2", description = "generator I/O threads")
    int ioThreads;

    @Option(names = "--run-seconds", defaultValue = "120", description = "deadline of one run, joins included")
    long runSeconds;

    @Option(names = "--server-jvm-options", defaultValue = "-Xms8m -Xmx64m -Xmn4m -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=16m -XX:MaxMetaspaceSize=64m -Xshare:auto",
            description = "JVM options of the chat server (default ${DEFAULT-VALUE})")
    String serverJvmOptions;

    @Option(names = "--server-main", defaultValue = "chat.bench.ServerMain", description = "main class of the chat server")
    String serverMain;

    @Option(names = "--server-classpath", description = "classpath of the chat server (default: this one)")
    String serverClasspath;

    @Option(names = "--jfr", description = "record the chat server with JFR into this directory")
    Path jfrDir;

    @Option(names = "--redis-server", defaultValue = "redis-server", description = "the redis-server program")
    String redisServer;

    @Option(names = "--log-dir", description = "server logs (default: <tmp>/chat-bench-logs)")
    Path logDir;

    @Option(names = "--json", description = "also write the JSON line to this file")
    Path jsonFile;

    @Override
    public Integer call() throws Exception {
        List<String> jvm = new ArrayList<>(Arrays.asList(serverJvmOptions.trim().split("\\s+")));
        if (jfrDir != null) {
            Files.createDirectories(jfrDir);
            jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + jfrDir.toAbsolutePath() + "/chat-server.jfr");
        }
        Path logs = logDir != null ? logDir : Path.of(System.getProperty("java.io.tmpdir"), "chat-bench-logs");
        String cp = serverClasspath != null ? serverClasspath : System.getProperty("java.class.path");
        Comparison comparison = new Comparison(new Comparison.Launch(jvm, cp, serverMain, redisServer, logs,
                ioThreads, runSeconds), System.err);
        List<TargetKind> targets = switch (target) {
            case chat -> List.of(TargetKind.CHAT);
            case redis -> List.of(TargetKind.REDIS);
            case both -> List.of(TargetKind.CHAT, TargetKind.REDIS);
        };
        List<BenchResult> results = new ArrayList<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String mode : modes) {
            Workload w = override(Modes.named(mode));
            descriptions.put(w.name(), Modes.describe(w));
            System.err.println(Modes.describe(w));
            for (int run = 1; run <= runs; run++) {
                for (TargetKind t : targets) {
                    results.add(comparison.run(w, t, run));
                }
            }
        }
        Map<String, Map<String, BenchResult>> medians = Table.medians(results);
        System.out.println();
        System.out.print(Table.render(medians, descriptions));
        String json = Json.mapper().writeValueAsString(summary(results, medians));
        System.out.println(json);
        if (jsonFile != null) {
            Files.writeString(jsonFile, json + "\n");
        }
        return 0;
    }

    private static Map<String, Object> summary(List<BenchResult> results, Map<String, Map<String, BenchResult>> medians) {
        Map<String, Object> ratios = new LinkedHashMap<>();
        medians.forEach((mode, byTarget) -> {
            double throughput = Table.ratio(byTarget, BenchResult::deliveriesPerSecond);
            if (!Double.isNaN(throughput)) {
                ratios.put(mode, Map.of("deliveriesPerSecond", round(throughput),
                        "p99", round(Table.ratio(byTarget, BenchResult::p99Micros))));
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("medians", medians);
        out.put("ratiosChatOverRedis", ratios);
        out.put("runs", results);
        return out;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? -1 : Math.round(v * 100) / 100.0;
    }

    private Workload override(Workload w) {
        return new Workload(w.name(), pick(clients, w.members()), pick(senders, w.senders()), pick(size, w.size()),
                pick(messages, w.messages()), pick(warmup, w.warmup()), pick(window, w.window()), w.image());
    }

    private static int pick(Integer given, int otherwise) {
        return given != null ? given : otherwise;
    }
}
