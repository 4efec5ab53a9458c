package chat.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory from {@code /proc/PID/status} (Linux): current (VmRSS) and peak (VmHWM), in KiB. */
public record ProcStatus(long rssKib, long peakRssKib) {

    public static ProcStatus read(long pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    }

    /** Reads the two lines from the text of a status file; missing lines read as 0. */
    public static ProcStatus parse(String status) {
        long rss = 0;
        long hwm = 0;
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kib(line);
            }
        }
        return new ProcStatus(rss, hwm);
    }

    /**
     * The CPU time the process has used (user + system, all threads), in nanoseconds, from
     * {@code /proc/PID/stat}. Under a noisy machine, CPU per delivery compares servers better than rates do.
     */
    public static long cpuNanos(long pid) throws IOException {
        return parseCpuNanos(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /** utime and stime are fields 14 and 15, counted after the command name in parentheses. */
    static long parseCpuNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * NANOS_PER_TICK;
    }

    /** Linux reports times in USER_HZ ticks, 100 a second on every architecture it runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private static long kib(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        return Long.parseLong(parts[0]);
    }
}
