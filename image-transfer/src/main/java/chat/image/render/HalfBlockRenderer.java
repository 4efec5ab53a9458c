package chat.image.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an image with upper-half blocks: each character cell is {@code ▀} with the foreground set to the upper pixel
 * and the background to the lower one, so one cell shows two pixels. Colours are truecolour SGR
 * ({@code ESC[38;2;r;g;bm}) or the nearest xterm 256-colour index ({@code ESC[38;5;nm}). Works in any modern
 * terminal and inside tmux. The image is drawn as given: scale it first (one pixel a column, two a row).
 */
public final class HalfBlockRenderer {
    static final String UPPER_HALF_BLOCK = "\u2580";
    static final String ESC = "\u001b";
    static final String RESET = ESC + "[0m";
    private static final int RGB_MASK = 0xFFFFFF;

    private final ColorDepth depth;

    public HalfBlockRenderer(ColorDepth depth) {
        this.depth = depth;
    }

    /**
     * One string a row of cells (two rows of pixels), each ending with a reset. An odd last pixel row gets the
     * terminal's default background below it.
     */
    public List<String> render(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        List<String> lines = new ArrayList<>((height + 1) / 2);
        for (int y = 0; y < height; y += 2) {
            StringBuilder line = new StringBuilder(width * 40);
            String previous = null;
            for (int x = 0; x < width; x++) {
                int upper = image.getRGB(x, y) & RGB_MASK;
                Integer lower = y + 1 < height ? image.getRGB(x, y + 1) & RGB_MASK : null;
                String sgr = sgr(upper, lower);
                if (!sgr.equals(previous)) {
                    line.append(sgr);
                    previous = sgr;
                }
                line.append(UPPER_HALF_BLOCK);
            }
            line.append(RESET);
            lines.add(line.toString());
        }
        return lines;
    }

    /** The SGR sequence setting the foreground to {@code upper} and the background to {@code lower} (or default). */
    String sgr(int upper, Integer lower) {
        String background = lower == null ? "49" : "48;" + color(lower);
        return ESC + "[38;" + color(upper) + ";" + background + "m";
    }

    private String color(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        if (depth == ColorDepth.TRUECOLOR) {
            return "2;" + r + ";" + g + ";" + b;
        }
        return "5;" + Xterm256.nearest(r, g, b);
    }
}
