package chat.bench.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JVM's heap in use, read with {@code jcmd PID GC.heap_info}; -1 when it cannot be read. */
public final class HeapInfo {
    private static final long JCMD_TIMEOUT_SECONDS = 20;
    /** A generation's or the whole heap's line: "... total 4928K, used 1234K [...". Metaspace lines have no total. */
    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private HeapInfo() {
    }

    public static long usedKib(long pid) {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return parseUsedKib(out);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Sum of the "used" figures of the heap's generations/regions lines that report one at the top level. */
    static long parseUsedKib(String heapInfo) {
        Matcher m = USED.matcher(heapInfo);
        long used = -1;
        while (m.find()) {
            used = Math.max(used, 0) + Long.parseLong(m.group(1));
        }
        return used;
    }
}
