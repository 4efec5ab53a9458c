package chat.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImageHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"png", "gif", "bmp", "jpg"})
    void readsWidthAndHeightFromEachFormatsHeader(String format) throws IOException {
        byte[] encoded = TestImages.encode(TestImages.solid(37, 21, 0x336699), format);
        assertThat(ImageHeaders.read(new ByteArrayInputStream(encoded))).contains(new ImageDimensions(37, 21));
    }

    @Test
    void readsAHugePngHeaderWithoutDecodingIt() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(33);
        header.put(TestImages.PNG_SIGNATURE).putInt(13).put("IHDR".getBytes()).putInt(50_000).putInt(40_000);
        ImageDimensions dimensions = ImageHeaders.read(new ByteArrayInputStream(header.array())).orElseThrow();
        assertThat(dimensions.pixels()).isEqualTo(2_000_000_000L);
        assertThat(dimensions.decodable()).isFalse();
    }

    @Test
    void readsATopDownBmpAsPositiveHeight() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 'B').put((byte) 'M').putInt(0).putInt(0).putInt(54).putInt(40).putInt(640).putInt(-480);
        assertThat(ImageHeaders.read(new ByteArrayInputStream(header.array())))
                .contains(new ImageDimensions(640, 480));
    }

    @Test
    void givesNothingForTruncatedOrUnknownHeaders() throws IOException {
        assertThat(ImageHeaders.read(new ByteArrayInputStream(TestImages.PNG_SIGNATURE))).isEmpty();
        assertThat(ImageHeaders.read(new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})))
                .isEmpty();
        assertThat(ImageHeaders.read(new ByteArrayInputStream("hello world".getBytes()))).isEmpty();
        assertThat(ImageHeaders.read(new ByteArrayInputStream(TestImages.pngLike(64, 1)))).isEmpty();
    }

    @Test
    void readsFromAFileAndGivesNothingForAMissingOne(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("a.gif"), TestImages.encode(TestImages.solid(3, 2, 0), "gif"));
        assertThat(ImageHeaders.read(file)).contains(new ImageDimensions(3, 2));
        assertThat(ImageHeaders.read(dir.resolve("missing.png"))).isEmpty();
    }
}
