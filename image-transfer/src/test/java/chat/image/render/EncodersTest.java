package chat.image.render;

import chat.image.TestImages;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EncodersTest {
    private static final String APC = "\u001b_G";
    private static final String ST = "\u001b\\";

    @Test
    void kittySendsATinyPngInOneFinalChunk() {
        byte[] png = TestImages.encode(TestImages.solid(2, 2, 0xFF0000), "png");
        assertThat(KittyEncoder.encode(png, 3, 0)).isEqualTo(
                APC + "a=T,f=100,q=2,c=3,m=0;" + Base64.getEncoder().encodeToString(png) + ST);
    }

    @Test
    void kittySplitsTheBase64PayloadInto4096ByteChunks() {
        byte[] data = new byte[10_000];
        new Random(1).nextBytes(data);
        String payload = Base64.getEncoder().encodeToString(data);
        String out = KittyEncoder.encode(data, 0, 5);
        Matcher sequence = Pattern.compile("\u001b_G([^;]*);([^\u001b]*)\u001b\\\\").matcher(out);
        StringBuilder joined = new StringBuilder();
        List<String> keys = new java.util.ArrayList<>();
        int end = 0;
        while (sequence.find()) {
            assertThat(sequence.start()).isEqualTo(end);
            end = sequence.end();
            keys.add(sequence.group(1));
            assertThat(sequence.group(2).length()).isLessThanOrEqualTo(KittyEncoder.CHUNK);
            joined.append(sequence.group(2));
        }
        assertThat(end).isEqualTo(out.length());
        assertThat(joined.toString()).isEqualTo(payload);
        assertThat(keys).containsExactly("a=T,f=100,q=2,r=5,m=1", "m=1", "m=1", "m=0");
    }

    @Test
    void itermSendsInlineFileWithItsSizeAndBox() {
        byte[] png = TestImages.encode(TestImages.solid(2, 2, 0x00FF00), "png");
        assertThat(ItermEncoder.encode(png, 4, 2)).isEqualTo("\u001b]1337;File=inline=1;size=" + png.length
                + ";width=4;height=2;preserveAspectRatio=1:" + Base64.getEncoder().encodeToString(png) + "\u0007");
    }

    @Test
    void sixelDrawsATinyImageWithPaletteBandsAndTerminator() {
        BufferedImage image = TestImages.image(new int[][] {{0xFF0000, 0x0000FF}, {0xFF0000, 0xFF0000}});
        // red is cube index 180 (5,0,0), blue 5 (0,0,5); one band: red bits 0b11 / 0b10, blue 0b01 / 0b00
        assertThat(SixelEncoder.encode(image)).isEqualTo("\u001bP0;1;0q\"1;1;2;2"
                + "#5;2;0;0;100#180;2;100;0;0"
                + "#180" + (char) (63 + 3) + (char) (63 + 2) + "$#5" + (char) 63 + (char) (63 + 1) + "-"
                + "\u001b\\");
    }

    @Test
    void sixelRunLengthEncodesRepeatedColumns() {
        String out = SixelEncoder.encode(TestImages.solid(10, 6, 0xFFFFFF));
        assertThat(out).startsWith("\u001bP").contains("q\"1;1;10;6").contains("#215!10~-").endsWith("\u001b\\");
    }
}
