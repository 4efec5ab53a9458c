package chat.image.render;

import chat.core.image.ImageFormat;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.image.ImageDimensions;
import chat.image.TestImages;
import chat.image.receive.ReceivedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalImageRendererTest {
    private static final Member BOB = new Member(3, "bob", "10.0.0.2", MemberMode.FRAMED);

    @TempDir
    Path dir;

    private ReceivedImage received(Path file, ImageDimensions dimensions) throws Exception {
        return new ReceivedImage(1, BOB, "photo.png", Files.size(file), ImageFormat.PNG, file, dimensions,
                Instant.EPOCH);
    }

    private Path photo(int width, int height) throws Exception {
        return Files.write(dir.resolve("photo.png"), TestImages.encode(TestImages.solid(width, height, 0x3366CC),
                "png"));
    }

    @Test
    void halfBlocksFitTheTerminalWidthAndTheRowLimit() throws Exception {
        Path file = photo(400, 300);
        TerminalImageRenderer renderer = new TerminalImageRenderer(RenderMethod.BLOCKS, ColorDepth.TRUECOLOR,
                () -> 41, 8);
        String[] lines = renderer.render(received(file, new ImageDimensions(400, 300))).split("\n");
        assertThat(lines).hasSize(8);
        for (String line : lines) {
            assertThat(line.chars().filter(c -> c == '\u2580').count()).isLessThanOrEqualTo(40);
            assertThat(line).contains("\u001b[38;2;51;102;204;48;2;51;102;204m").endsWith("\u001b[0m");
        }
    }

    @Test
    void smallImagesAreNotEnlarged() throws Exception {
        Path file = photo(4, 2);
        TerminalImageRenderer renderer = new TerminalImageRenderer(RenderMethod.BLOCKS, ColorDepth.TRUECOLOR,
                () -> 80, 20);
        assertThat(renderer.render(received(file, new ImageDimensions(4, 2))).split("\n")).hasSize(1);
    }

    @Test
    void kittyOutputIsAQuietTransmitAndDisplayInChunks() throws Exception {
        int[][] noise = new int[300][400];
        java.util.Random random = new java.util.Random(7);
        for (int[] row : noise) {
            for (int x = 0; x < row.length; x++) {
                row[x] = random.nextInt(0x1000000);
            }
        }
        Path file = Files.write(dir.resolve("noise.png"), TestImages.encode(TestImages.image(noise), "png"));
        String out = new TerminalImageRenderer(RenderMethod.KITTY, ColorDepth.TRUECOLOR, () -> 81, 10)
                .render(received(file, null));
        assertThat(out).startsWith("\u001b_Ga=T,f=100,q=2,c=")
                .matches("(\u001b_G[A-Za-z=0-9,]*;[A-Za-z0-9+/=]{1,4096}\u001b\\\\)+");
        assertThat(out.substring(out.lastIndexOf("\u001b_G"))).startsWith("\u001b_Gm=0;");
        assertThat(out).contains("\u001b_Gm=1;");
    }

    @Test
    void sixelAndItermOutputsAreWellFormed() throws Exception {
        Path file = photo(64, 32);
        ReceivedImage image = received(file, null);
        assertThat(new TerminalImageRenderer(RenderMethod.SIXEL, ColorDepth.TRUECOLOR, () -> 80, 10).render(image))
                .startsWith("\u001bP0;1;0q").endsWith("\u001b\\");
        assertThat(new TerminalImageRenderer(RenderMethod.ITERM, ColorDepth.TRUECOLOR, () -> 80, 10).render(image))
                .startsWith("\u001b]1337;File=inline=1;size=").endsWith("\u0007");
    }

    @Test
    void aDumbTerminalGetsOneLineNamingTheImage() throws Exception {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            Path file = photo(4, 2);
            String out = new TerminalImageRenderer(RenderMethod.DESCRIPTION, ColorDepth.XTERM_256, () -> 0, 20)
                    .render(received(file, new ImageDimensions(4, 2)));
            assertThat(out).doesNotContain("\n", "\u001b").contains("bob", "photo.png", "4\u00d72", file.toString());
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void anImageAboveThePixelLimitIsDescribedNotDecoded() throws Exception {
        ByteBuffer header = ByteBuffer.allocate(64);
        header.put(TestImages.PNG_SIGNATURE).putInt(13).put("IHDR".getBytes()).putInt(10_000).putInt(5_000);
        Path bomb = Files.write(dir.resolve("bomb.png"), header.array());
        String out = new TerminalImageRenderer(RenderMethod.BLOCKS, ColorDepth.TRUECOLOR, () -> 80, 20)
                .render(received(bomb, null));
        assertThat(out).doesNotContain("\u2580", "\u001b").contains("10000\u00d75000");
    }

    @Test
    void anUndecodableImageIsDescribed() throws Exception {
        Path broken = TestImages.writePngLike(dir, "broken.png", 500);
        String out = new TerminalImageRenderer(RenderMethod.BLOCKS, ColorDepth.TRUECOLOR, () -> 80, 20)
                .render(received(broken, null));
        assertThat(out).doesNotContain("\u2580", "\u001b").contains("bob");
    }

    @Test
    void offRendersNothing() throws Exception {
        Path file = photo(4, 2);
        assertThat(new TerminalImageRenderer(RenderMethod.NONE, ColorDepth.TRUECOLOR, () -> 80, 20)
                .render(received(file, null))).isEmpty();
    }
}
