package chat.image.render;

import chat.image.TestImages;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class HalfBlockRendererTest {
    private static final String E = "\u001b";
    private static final String BLOCK = "\u2580";

    /** Two columns, four pixel rows: two lines of two cells. */
    private static final BufferedImage TWO_BY_FOUR = TestImages.image(new int[][] {
            {0xFF0000, 0x00FF00},
            {0x0000FF, 0xFFFFFF},
            {0x000000, 0x102030},
            {0x808080, 0x102030}});

    @Test
    void drawsEachCellWithUpperPixelAsForegroundAndLowerAsBackgroundInTruecolour() {
        assertThat(new HalfBlockRenderer(ColorDepth.TRUECOLOR).render(TWO_BY_FOUR)).containsExactly(
                E + "[38;2;255;0;0;48;2;0;0;255m" + BLOCK + E + "[38;2;0;255;0;48;2;255;255;255m" + BLOCK + E + "[0m",
                E + "[38;2;0;0;0;48;2;128;128;128m" + BLOCK + E + "[38;2;16;32;48;48;2;16;32;48m" + BLOCK + E + "[0m");
    }

    @Test
    void approximatesColoursWithTheXterm256Palette() {
        assertThat(new HalfBlockRenderer(ColorDepth.XTERM_256).render(TWO_BY_FOUR)).containsExactly(
                E + "[38;5;196;48;5;21m" + BLOCK + E + "[38;5;46;48;5;231m" + BLOCK + E + "[0m",
                E + "[38;5;16;48;5;244m" + BLOCK + E + "[38;5;234;48;5;234m" + BLOCK + E + "[0m");
    }

    @Test
    void repeatsNoColourSequenceForCellsOfTheSameColours() {
        BufferedImage red = TestImages.solid(3, 2, 0xFF0000);
        assertThat(new HalfBlockRenderer(ColorDepth.TRUECOLOR).render(red))
                .containsExactly(E + "[38;2;255;0;0;48;2;255;0;0m" + BLOCK.repeat(3) + E + "[0m");
    }

    @Test
    void leavesTheDefaultBackgroundUnderAnOddLastRow() {
        BufferedImage one = TestImages.solid(1, 1, 0x0000FF);
        assertThat(new HalfBlockRenderer(ColorDepth.TRUECOLOR).render(one))
                .containsExactly(E + "[38;2;0;0;255;49m" + BLOCK + E + "[0m");
    }

    @Test
    void mapsKnownColoursToTheirXtermIndexes() {
        assertThat(Xterm256.nearest(255, 0, 0)).isEqualTo(196);
        assertThat(Xterm256.nearest(255, 255, 255)).isEqualTo(231);
        assertThat(Xterm256.nearest(0, 0, 0)).isEqualTo(16);
        assertThat(Xterm256.nearest(128, 128, 128)).isEqualTo(244);
        assertThat(Xterm256.nearest(95, 135, 175)).isEqualTo(16 + 36 + 12 + 3);
    }
}
