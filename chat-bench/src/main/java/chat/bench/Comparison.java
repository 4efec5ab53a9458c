package chat.bench;

import chat.bench.load.FanoutRun;
import chat.bench.load.RunOutcome;
import chat.bench.load.Stamp;
import chat.bench.load.TargetKind;
import chat.bench.load.Workload;
import chat.bench.proc.HeapInfo;
import chat.bench.proc.ProcStatus;
import chat.bench.proc.ServerProcess;
import chat.bench.report.BenchResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs workloads against freshly started servers, one server process per run so each peak
 * memory figure belongs to one workload.
 */
final class Comparison {
    private static final long KIB = 1024;

    /** How the two servers are started. */
    record Launch(List<String> chatJvmOptions, String chatClasspath, String chatMain, String redisServer,
                  Path logDir, int ioThreads, long runSeconds) {
    }

    private final Launch launch;
    private final PrintStream progress;

    Comparison(Launch launch, PrintStream progress) {
        this.launch = launch;
        this.progress = progress;
    }

    BenchResult run(Workload w, TargetKind target, int runNumber) throws IOException, InterruptedException {
        Files.createDirectories(launch.logDir());
        int port = ServerProcess.freePort();
        Path log = launch.logDir().resolve(target.label() + "-" + w.name() + "-" + runNumber + ".log");
        Files.deleteIfExists(log);
        int clients = w.members() + w.senders() + 64;
        try (ServerProcess server = ServerProcess.start(target.label(), command(target, port, clients), port, log)) {
            long idleRss = server.memory().rssKib();
            AtomicLong joinedRss = new AtomicLong(-1);
            AtomicLong cpuAtStart = new AtomicLong(-1);
            long deadline = Stamp.now() + TimeUnit.SECONDS.toNanos(launch.runSeconds());
            FanoutRun run = new FanoutRun(w, target, server.address(), launch.ioThreads(), deadline);
            RunOutcome out = run.execute(() -> {
                joinedRss.set(rssOf(server));
                cpuAtStart.set(cpuOf(server));
            }, deadline);
            long cpuUsed = server.isAlive() && cpuAtStart.get() >= 0 ? cpuOf(server) - cpuAtStart.get() : -1;
            double cpuPerDelivery = cpuUsed > 0 && out.deliveries() > 0 ? (double) cpuUsed / out.deliveries() : -1;
            long heap = target == TargetKind.CHAT && w.image() && server.isAlive() ? HeapInfo.usedKib(server.pid()) : -1;
            ProcStatus after = server.isAlive() ? server.memory() : new ProcStatus(-1, -1);
            String note = out.unsupported();
            if (!server.isAlive()) {
                note = "server exited (see " + log + ")";
            } else if (target == TargetKind.CHAT && w.image() && note != null && note.contains("unknown_type")) {
                note = "not supported: " + note;
            }
            double perMember = joinedRss.get() > 0 ? (joinedRss.get() - idleRss) * (double) KIB / w.members() : -1;
            BenchResult r = new BenchResult(w.name(), target.label(), runNumber, w.members(), w.senders(), w.size(),
                    w.messages(), w.window(), out.deliveriesPerSecond(), out.megabytesPerSecond(), out.deliveries(),
                    out.lost(), out.duplicates(), out.outOfOrder(), micros(out.p50()), micros(out.p99()),
                    micros(out.p999()), micros(out.max()), Math.max(after.peakRssKib(), joinedRss.get()), idleRss,
                    joinedRss.get(), w.members() >= 1000 ? perMember : -1, out.joinNanos() / 1e9, heap, out.complete(),
                    out.failures(), cpuPerDelivery, note);
            progress.printf("  %s %s run %d: %.0f deliveries/s, lost %d, p99 %.0f us%s%n", w.name(), target.label(),
                    runNumber, r.deliveriesPerSecond(), r.lost(), r.p99Micros(), note == null ? "" : " (" + note + ")");
            return r;
        }
    }

    private static long cpuOf(ServerProcess server) {
        try {
            return ProcStatus.cpuNanos(server.pid());
        } catch (IOException e) {
            return -1;
        }
    }

    private static long rssOf(ServerProcess server) {
        try {
            return server.memory().rssKib();
        } catch (IOException e) {
            return -1;
        }
    }

    private List<String> command(TargetKind target, int port, int clients) {
        List<String> cmd = new ArrayList<>();
        if (target == TargetKind.REDIS) {
            cmd.addAll(List.of(launch.redisServer(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--client-output-buffer-limit", "pubsub 0 0 0",
                    "--maxclients", Integer.toString(clients), "--loglevel", "warning", "--daemonize", "no"));
            return cmd;
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(launch.chatJvmOptions());
        cmd.addAll(List.of("-cp", launch.chatClasspath(), launch.chatMain(), "--port", Integer.toString(port),
                "--max-clients", Integer.toString(clients)));
        return cmd;
    }

    private static double micros(long nanos) {
        return nanos / 1e3;
    }
}
