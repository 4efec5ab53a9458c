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

    private static long kib(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        return Long.parseLong(parts[0]);
    }
}
