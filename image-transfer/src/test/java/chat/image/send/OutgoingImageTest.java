package chat.image.send;

import chat.core.frame.Frame;
import chat.core.image.ImageFormat;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.image.TestImages;
import chat.image.send.ImageRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OutgoingImageTest {
    private static final ProtocolLimits LIMITS = ProtocolLimits.DEFAULTS;

    @TempDir
    Path dir;

    @Test
    void announcesNameMimeSizeAndSha256WithoutServerFields() throws Exception {
        byte[] bytes = TestImages.encode(TestImages.solid(4, 4, 0xFF0000), "png");
        Path file = Files.write(dir.resolve("red.png"), bytes);
        try (OutgoingImage image = OutgoingImage.open(file, LIMITS, 7)) {
            Frame.ImageBegin begin = image.begin();
            assertThat(begin).isEqualTo(new Frame.ImageBegin(7, null, null, "red.png", "image/png", bytes.length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))));
        }
    }

    @Test
    void recognisesTheFormatByContentNotExtension() throws Exception {
        Path file = Files.write(dir.resolve("photo.png"), TestImages.encode(TestImages.solid(2, 2, 0), "jpg"));
        try (OutgoingImage image = OutgoingImage.open(file, LIMITS, 1)) {
            assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(image.begin().mime()).isEqualTo("image/jpeg");
            assertThat(image.name()).isEqualTo("photo.png.jpg");
        }
    }

    @Test
    void sendsEveryByteInChunksOfAtMost64KiBThenEnds() throws Exception {
        int size = 3 * Protocol.MAX_IMAGE_CHUNK + 1;
        Path file = TestImages.writePngLike(dir, "big.png", size);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        try (OutgoingImage image = OutgoingImage.open(file, LIMITS, 3)) {
            image.begin();
            int chunks = 0;
            for (Frame.ImageChunk chunk = image.nextChunk(); chunk != null; chunk = image.nextChunk()) {
                assertThat(chunk.transfer()).isEqualTo(3);
                assertThat(chunk.data().length).isBetween(1, Protocol.MAX_IMAGE_CHUNK);
                sent.write(chunk.data());
                chunks++;
                assertThat(chunks).isLessThanOrEqualTo(4);
            }
            assertThat(chunks).isEqualTo(4);
            assertThat(image.progress()).isEqualTo(1.0);
            assertThat(image.end()).isEqualTo(new Frame.ImageEnd(3));
            assertThat(image.state()).isEqualTo(OutgoingImage.State.ENDED);
        }
        assertThat(sent.toByteArray()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void shrinksChunksToFitASmallMaxFrame() throws Exception {
        Path file = TestImages.writePngLike(dir, "a.png", 10_000);
        ProtocolLimits small = new ProtocolLimits(4096, 1000, 1_000_000);
        try (OutgoingImage image = OutgoingImage.open(file, small, 1)) {
            image.begin();
            assertThat(image.nextChunk().data()).hasSize(4096 - 5);
        }
    }

    @Test
    void refusesAMissingFile() {
        assertRefused(dir.resolve("nope.png"), LIMITS, Reason.NOT_FOUND);
    }

    @Test
    void refusesAFolder() {
        assertRefused(dir, LIMITS, Reason.NOT_A_FILE);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused(Files.createFile(dir.resolve("empty.png")), LIMITS, Reason.EMPTY);
    }

    @Test
    void refusesAFileLargerThanMaxImage() throws IOException {
        Path file = TestImages.writePngLike(dir, "big.png", 2001);
        assertRefused(file, new ProtocolLimits(4096, 1000, 2000), Reason.TOO_LARGE);
    }

    @Test
    void acceptsAFileOfExactlyMaxImage() throws Exception {
        Path file = TestImages.writePngLike(dir, "fits.png", 2000);
        try (OutgoingImage image = OutgoingImage.open(file, new ProtocolLimits(4096, 1000, 2000), 1)) {
            assertThat(image.size()).isEqualTo(2000);
        }
    }

    @Test
    void refusesContentThatIsNoSupportedImage() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.png"), "just text, named like an image");
        assertRefused(file, LIMITS, Reason.UNKNOWN_FORMAT);
    }

    @Test
    void refusesAnUnreadableFile() throws IOException {
        Path file = TestImages.writePngLike(dir, "secret.png", 100);
        assumeTrue(file.toFile().setReadable(false) && !Files.isReadable(file), "root reads every file");
        assertRefused(file, LIMITS, Reason.NOT_READABLE);
    }

    @Test
    void explainsARefusalInEnglishAndFrench() {
        ImageRefusedException refused = new ImageRefusedException(Reason.NOT_FOUND, Path.of("/x/cat.png"));
        assertThat(refused.getMessage()).isEqualTo("/x/cat.png: no such file");
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(refused.getLocalizedMessage()).isEqualTo("/x/cat.png : fichier introuvable");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void failsTheEndWhenTheFileChangedWhileSent() throws Exception {
        Path file = TestImages.writePngLike(dir, "moving.png", 1000);
        try (OutgoingImage image = OutgoingImage.open(file, LIMITS, 1)) {
            image.begin();
            byte[] changed = TestImages.pngLike(1000, 99);
            Files.write(file, changed, StandardOpenOption.TRUNCATE_EXISTING);
            assertThat(image.nextChunk()).isNotNull();
            assertThat(image.nextChunk()).isNull();
            assertThatThrownBy(image::end).isInstanceOf(ImageChangedException.class);
        }
    }

    @Test
    void failsAChunkWhenTheFileShrankWhileSent() throws Exception {
        Path file = TestImages.writePngLike(dir, "shrinking.png", 1000);
        try (OutgoingImage image = OutgoingImage.open(file, LIMITS, 1)) {
            image.begin();
            Files.write(file, TestImages.pngLike(10, 1), StandardOpenOption.TRUNCATE_EXISTING);
            assertThatThrownBy(image::nextChunk).isInstanceOf(ImageChangedException.class);
        }
    }

    @Test
    void abortsWithAReasonAndClosesTheFile() throws Exception {
        Path file = TestImages.writePngLike(dir, "a.png", 100);
        OutgoingImage image = OutgoingImage.open(file, LIMITS, 5);
        image.begin();
        assertThat(image.abort("cancelled")).isEqualTo(new Frame.ImageAbort(5, "cancelled"));
        assertThatThrownBy(image::nextChunk).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void expandsTheHomeFolder() {
        Path home = Path.of("/home/alice");
        assertThat(ImagePaths.expand("~/Pictures/cat.png", home)).isEqualTo(Path.of("/home/alice/Pictures/cat.png"));
        assertThat(ImagePaths.expand("~", home)).isEqualTo(home);
        assertThat(ImagePaths.expand("'/tmp/a b.png'", home)).isEqualTo(Path.of("/tmp/a b.png"));
        assertThat(ImagePaths.expand("x~/y.png", home)).isEqualTo(Path.of("x~/y.png"));
    }

    private static void assertRefused(Path file, ProtocolLimits limits, Reason reason) {
        assertThatThrownBy(() -> OutgoingImage.open(file, limits, 1))
                .isInstanceOfSatisfying(ImageRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(file.toString());
                });
    }
}
