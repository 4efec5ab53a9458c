package chat.core.image;

import java.util.Locale;

/** Formats a byte count for people, in binary units: {@code 812 B}, {@code 47.1 KiB}, {@code 16.0 MiB}. */
public final class ByteSize {
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};
    private static final double STEP = 1024.0;

    private ByteSize() {
    }

    /** The count with one decimal in the largest unit that keeps it at least 1 (a point as decimal separator). */
    public static String format(long bytes) {
        if (bytes < STEP) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= STEP && unit < UNITS.length - 1) {
            value /= STEP;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
