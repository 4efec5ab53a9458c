package chat.image.render;

/** The xterm 256-colour palette: the nearest index (16..255) for a 24-bit colour. */
public final class Xterm256 {
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};
    private static final int CUBE_START = 16;
    private static final int GRAY_START = 232;
    private static final int GRAY_STEPS = 24;
    private static final int GRAY_FIRST = 8;
    private static final int GRAY_STEP = 10;

    private Xterm256() {
    }

    /** The palette index nearest to {@code r, g, b} (each 0..255), among the colour cube and the gray ramp. */
    public static int nearest(int r, int g, int b) {
        int ri = nearestLevel(r);
        int gi = nearestLevel(g);
        int bi = nearestLevel(b);
        int cubeIndex = CUBE_START + 36 * ri + 6 * gi + bi;
        int cubeDistance = distance(r, g, b, CUBE_LEVELS[ri], CUBE_LEVELS[gi], CUBE_LEVELS[bi]);
        int average = (r + g + b) / 3;
        int grayStep = Math.max(0, Math.min(GRAY_STEPS - 1, (average - GRAY_FIRST + GRAY_STEP / 2) / GRAY_STEP));
        int gray = GRAY_FIRST + GRAY_STEP * grayStep;
        int grayDistance = distance(r, g, b, gray, gray, gray);
        return grayDistance < cubeDistance ? GRAY_START + grayStep : cubeIndex;
    }

    private static int nearestLevel(int value) {
        int best = 0;
        for (int i = 1; i < CUBE_LEVELS.length; i++) {
            if (Math.abs(CUBE_LEVELS[i] - value) < Math.abs(CUBE_LEVELS[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    private static int distance(int r1, int g1, int b1, int r2, int g2, int b2) {
        int dr = r1 - r2;
        int dg = g1 - g2;
        int db = b1 - b2;
        return dr * dr + dg * dg + db * db;
    }
}
