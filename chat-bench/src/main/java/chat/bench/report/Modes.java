package chat.bench.report;

import chat.bench.load.Workload;

import java.util.List;
import java.util.Locale;

/** The workloads of the comparison, (a) to (e), as issue 6 defines them. */
public final class Modes {
    public static final int WINDOW = 16;
    public static final int IMAGE_BYTES = 16 * 1024 * 1024;

    private Modes() {
    }

    /** The mode named {@code a}..{@code e}. */
    public static Workload named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "a" -> new Workload("a", 100, 1, 64, 20_000, 5_000, WINDOW, false);
            case "b" -> new Workload("b", 100, 10, 64, 4_000, 1_000, WINDOW, false);
            case "c" -> new Workload("c", 1_000, 1, 64, 3_000, 1_000, WINDOW, false);
            case "d" -> new Workload("d", 10_000, 1, 64, 1, 2, 1, false);
            case "e" -> new Workload("e", 11, 1, IMAGE_BYTES, IMAGE_BYTES / Workload.IMAGE_CHUNK,
                    IMAGE_BYTES / Workload.IMAGE_CHUNK, WINDOW, true);
            default -> throw new IllegalArgumentException("unknown mode " + name + " (a, b, c, d, e)");
        };
    }

    public static final List<String> ALL = List.of("a", "b", "c", "d", "e");

    /** One line describing a mode for the table. */
    public static String describe(Workload w) {
        if (w.image()) {
            return String.format(Locale.ROOT, "(%s) %d MiB image to %d members, %d KiB chunks, window %d",
                    w.name(), w.size() >> 20, w.recipients(), Workload.IMAGE_CHUNK >> 10, w.window());
        }
        return String.format(Locale.ROOT, "(%s) %,d members, %d sender%s, %d-byte messages, %,d measured per sender, window %d",
                w.name(), w.members(), w.senders(), w.senders() == 1 ? "" : "s", w.size(), w.messages(), w.window());
    }
}
