package chat.server.soak;

import chat.core.frame.Frame;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.support.FramedClient;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak test, run by hand ({@code ./soak [seconds] [clients]}), not by {@code verify}: a
 * server and its clients in one process on loopback. Three quarters of the clients stay
 * the whole run and chat; the others keep leaving (BYE or a reset) and being replaced.
 * Every message between clients that stay must arrive, once and in order. Prints the
 * server's connections, the process's file descriptors and heap every 10 s, and at the end
 * compares them with the baseline. Exits 1 if anything was lost, reordered or leaked.
 */
public final class SoakRunner {
    private static final long REPORT_EVERY_MILLIS = 10_000;
    private static final long TICK_MILLIS = 100;
    private static final int FD_SLACK = 16;

    private final int clientCount;
    private final long durationMillis;
    private final Random random = new Random(7);
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong orderErrors = new AtomicLong();
    private final Map<String, Integer> sentByStable = new ConcurrentHashMap<>();
    /** receiver nick → (sender nick → last sequence number seen). */
    private final Map<String, Map<String, Integer>> lastSeen = new ConcurrentHashMap<>();

    private SoakRunner(long durationMillis, int clientCount) {
        this.durationMillis = durationMillis;
        this.clientCount = clientCount;
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.exit(new SoakRunner(seconds * 1000, clients).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        ChatServer server = ChatServer.start(ServerConfig.loopbackEphemeral());
        long fdsBaseline = fds();
        long heapBaseline = heapAfterGc();
        System.out.printf(Locale.ROOT, "baseline: fds %d, heap %.1f MiB%n", fdsBaseline, mib(heapBaseline));

        int stableCount = clientCount * 3 / 4;
        List<FramedClient> stable = new ArrayList<>();
        for (int i = 0; i < stableCount; i++) {
            stable.add(stableClient(server.port(), "s" + i));
        }
        List<FramedClient> churn = new ArrayList<>();
        int churned = 0;
        for (int i = 0; i < clientCount - stableCount; i++) {
            churn.add(churnClient(server.port(), churned++));
        }
        long sentTotal = 0;
        long start = System.currentTimeMillis();
        long nextReport = start + REPORT_EVERY_MILLIS;
        long peakFds = 0;
        long leaves = 0;
        while (System.currentTimeMillis() - start < durationMillis) {
            long tickStart = System.currentTimeMillis();
            // about one message per client every 2 s
            for (int k = 0; k < Math.max(1, clientCount / 20); k++) {
                int who = random.nextInt(clientCount);
                if (who < stableCount) {
                    FramedClient c = stable.get(who);
                    String nick = c.me().nick();
                    int seq = sentByStable.merge(nick, 1, Integer::sum);
                    c.say(nick + ":" + seq);
                } else {
                    churn.get(who - stableCount).say("churn says hello");
                }
                sentTotal++;
            }
            // about one leave and one join every 500 ms
            if (random.nextInt(5) == 0) {
                int slot = random.nextInt(churn.size());
                FramedClient leaving = churn.get(slot);
                if (random.nextBoolean()) {
                    leaving.send(new Frame.Bye());
                    leaving.close();
                } else {
                    leaving.kill();
                }
                leaves++;
                churn.set(slot, churnClient(server.port(), churned++));
            }
            long now = System.currentTimeMillis();
            peakFds = Math.max(peakFds, fds());
            if (now >= nextReport) {
                nextReport += REPORT_EVERY_MILLIS;
                System.out.printf(Locale.ROOT, "%3ds: members %d, fds %d, heap %.1f MiB, sent %d, delivered %d, leaves %d%n",
                        (now - start) / 1000, server.memberCount(), fds(), mib(heapUsed()), sentTotal, delivered.get(),
                        leaves);
            }
            long sleep = TICK_MILLIS - (System.currentTimeMillis() - tickStart);
            if (sleep > 0) {
                Thread.sleep(sleep); // pacing the load, not synchronisation
            }
        }

        long expected = expectedStableDeliveries(stableCount);
        long deadline = System.currentTimeMillis() + 30_000;
        while (stableDeliveries() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        long got = stableDeliveries();
        long lost = expected - got;
        for (FramedClient c : churn) {
            c.close();
        }
        for (FramedClient c : stable) {
            c.send(new Frame.Bye());
            c.close();
        }
        deadline = System.currentTimeMillis() + 30_000;
        while (server.memberCount() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        stable.clear(); // the clients' own queues of notices must not count as the server's heap
        churn.clear();
        Thread.sleep(1_000); // lets the last sockets finish closing before counting descriptors
        long fdsEnd = fds();
        long heapEnd = heapAfterGc();
        int membersEnd = server.memberCount();
        server.shutdown();

        System.out.printf(Locale.ROOT, "clients %d (%d stay, %d churning), %d s, %d joins and leaves of churning clients%n",
                clientCount, stableCount, clientCount - stableCount, durationMillis / 1000, leaves);
        System.out.printf(Locale.ROOT, "messages sent %d, delivered %d (all recipients)%n", sentTotal, delivered.get());
        System.out.printf(Locale.ROOT, "between clients that stayed: expected %d deliveries, got %d, lost %d, out of order %d%n",
                expected, got, lost, orderErrors.get());
        System.out.printf(Locale.ROOT, "members at the end %d; fds baseline %d, peak %d, end %d; heap baseline %.1f MiB, end %.1f MiB%n",
                membersEnd, fdsBaseline, peakFds, fdsEnd, mib(heapBaseline), mib(heapEnd));
        boolean ok = lost == 0 && orderErrors.get() == 0 && membersEnd == 0 && fdsEnd <= fdsBaseline + FD_SLACK;
        System.out.println(ok ? "SOAK OK" : "SOAK FAILED");
        return ok;
    }

    private FramedClient stableClient(int port, String nick) throws IOException {
        FramedClient c = FramedClient.join(port, nick);
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        lastSeen.put(nick, seen);
        c.onMessage(m -> {
            delivered.incrementAndGet();
            int colon = m.text().lastIndexOf(':');
            if (!m.nick().startsWith("s") || colon < 0) {
                return;
            }
            int seq = Integer.parseInt(m.text().substring(colon + 1));
            Integer previous = seen.put(m.nick(), seq);
            if (seq != (previous == null ? 1 : previous + 1)) {
                orderErrors.incrementAndGet();
            }
        });
        return c;
    }

    private FramedClient churnClient(int port, int n) throws IOException {
        FramedClient c = FramedClient.join(port, "c" + n);
        c.onMessage(m -> delivered.incrementAndGet());
        return c;
    }

    private long expectedStableDeliveries(int stableCount) {
        long total = 0;
        for (int sent : sentByStable.values()) {
            total += (long) sent * (stableCount - 1);
        }
        return total;
    }

    private long stableDeliveries() {
        long total = 0;
        for (Map<String, Integer> seen : lastSeen.values()) {
            for (int seq : seen.values()) {
                total += seq;
            }
        }
        return total;
    }

    private static long fds() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return heapUsed();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
