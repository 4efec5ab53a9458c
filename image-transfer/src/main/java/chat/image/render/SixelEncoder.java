package chat.image.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes an image as DEC sixel graphics: {@code ESC P 0;1;0 q}, raster attributes {@code "1;1;W;H}, a palette of the
 * 6×6×6 colour cube ({@code #i;2;r;g;b} in percent, only the colours used), then bands of six pixel rows, each colour
 * of a band a run-length encoded line ({@code #i} then sixel characters, {@code !n} for runs), colours separated by
 * {@code $} (carriage return), bands by {@code -} (line feed), and {@code ESC \} at the end. The image is drawn at its
 * own pixel size: scale it first.
 */
public final class SixelEncoder {
    /** DCS, P2=1 (pixels not drawn keep their colour: colours of a band overlay each other), sixel. */
    private static final String START = "\u001bP0;1;0q";
    private static final String END = "\u001b\\";
    private static final int LEVELS = 6;
    private static final int COLORS = LEVELS * LEVELS * LEVELS;
    private static final int BAND = 6;
    private static final int SIXEL_BASE = 63;
    private static final int MIN_RUN = 4;

    private SixelEncoder() {
    }

    /** The sixel sequence drawing {@code image}. */
    public static String encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] indexes = new int[width * height];
        boolean[] used = new boolean[COLORS];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int index = paletteIndex(image.getRGB(x, y));
                indexes[y * width + x] = index;
                used[index] = true;
            }
        }
        StringBuilder out = new StringBuilder(width * height / 2 + 1024);
        out.append(START).append("\"1;1;").append(width).append(';').append(height);
        for (int index = 0; index < COLORS; index++) {
            if (used[index]) {
                out.append('#').append(index).append(";2;").append(percent(index / (LEVELS * LEVELS)))
                        .append(';').append(percent(index / LEVELS % LEVELS)).append(';')
                        .append(percent(index % LEVELS));
            }
        }
        int[][] bits = new int[COLORS][];
        for (int top = 0; top < height; top += BAND) {
            List<Integer> bandColors = new ArrayList<>();
            for (int dy = 0; dy < BAND && top + dy < height; dy++) {
                for (int x = 0; x < width; x++) {
                    int index = indexes[(top + dy) * width + x];
                    if (bits[index] == null) {
                        bits[index] = new int[width];
                        bandColors.add(index);
                    }
                    bits[index][x] |= 1 << dy;
                }
            }
            for (int i = 0; i < bandColors.size(); i++) {
                int index = bandColors.get(i);
                out.append('#').append(index);
                appendRuns(out, bits[index]);
                bits[index] = null;
                if (i < bandColors.size() - 1) {
                    out.append('$');
                }
            }
            out.append('-');
        }
        return out.append(END).toString();
    }

    private static void appendRuns(StringBuilder out, int[] row) {
        int x = 0;
        while (x < row.length) {
            int run = 1;
            while (x + run < row.length && row[x + run] == row[x]) {
                run++;
            }
            char sixel = (char) (SIXEL_BASE + row[x]);
            if (run >= MIN_RUN) {
                out.append('!').append(run).append(sixel);
            } else {
                out.append(String.valueOf(sixel).repeat(run));
            }
            x += run;
        }
    }

    /** The cube index 0..215 nearest to a 24-bit colour. */
    static int paletteIndex(int rgb) {
        int r = level(rgb >> 16 & 0xFF);
        int g = level(rgb >> 8 & 0xFF);
        int b = level(rgb & 0xFF);
        return r * LEVELS * LEVELS + g * LEVELS + b;
    }

    private static int level(int component) {
        return (component * (LEVELS - 1) + 127) / 255;
    }

    private static int percent(int level) {
        return (level * 100 + (LEVELS - 1) / 2) / (LEVELS - 1);
    }
}
