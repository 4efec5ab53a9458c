package chat.core.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @ParameterizedTest
    @CsvSource({
            "89504E470D0A1A0A, PNG",
            "FFD8FFE0, JPEG",
            "4749463839610100, GIF",
            "474946383761, GIF",
            "424D3E000000, BMP"})
    void detectsEachFormatByItsMagicBytes(String firstBytes, ImageFormat expected) {
        assertThat(ImageFormat.detect(hex(firstBytes))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"89504E, short png", "FFD8, short jpeg", "47494637, not gif8", "25504446, pdf", "'', empty"})
    void detectsNothingInOtherBytes(String firstBytes, String why) {
        assertThat(ImageFormat.detect(hex(firstBytes))).as(why).isEmpty();
    }

    @Test
    void detectsNothingInNull() {
        assertThat(ImageFormat.detect(null)).isEmpty();
    }

    @Test
    void mapsMimeTypesBothWays() {
        for (ImageFormat format : ImageFormat.values()) {
            assertThat(ImageFormat.fromMime(format.mime())).contains(format);
        }
        assertThat(ImageFormat.fromMime("image/png")).contains(ImageFormat.PNG);
        assertThat(ImageFormat.fromMime("image/webp")).isEmpty();
        assertThat(ImageFormat.fromMime("IMAGE/PNG")).isEmpty();
        assertThat(ImageFormat.fromMime(null)).isEmpty();
    }

    @Test
    void matchesMimeAgainstFirstBytes() {
        assertThat(ImageFormat.matches("image/png", hex("89504E470D0A"))).isTrue();
        assertThat(ImageFormat.matches("image/jpeg", hex("89504E470D0A"))).isFalse();
        assertThat(ImageFormat.matches("image/bmp", hex("424D"))).isTrue();
        assertThat(ImageFormat.matches("text/plain", hex("424D"))).isFalse();
        assertThat(ImageFormat.matches("image/gif", null)).isFalse();
    }

    @Test
    void matchesWithinAnOffsetRange() {
        byte[] bytes = hex("0000FFD8FF00");
        assertThat(ImageFormat.JPEG.matches(bytes, 2, 4)).isTrue();
        assertThat(ImageFormat.JPEG.matches(bytes, 2, 2)).isFalse();
    }

    @Test
    void knowsExtensionsCaseInsensitively() {
        assertThat(ImageFormat.fromExtension("JPEG")).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.fromExtension("png")).contains(ImageFormat.PNG);
        assertThat(ImageFormat.fromExtension("exe")).isEmpty();
        assertThat(ImageFormat.JPEG.extension()).isEqualTo("jpg");
    }

    @Test
    void noMagicIsLongerThanMagicLength() {
        for (ImageFormat format : ImageFormat.values()) {
            assertThat(format.magicLength()).isLessThanOrEqualTo(ImageFormat.MAGIC_LENGTH);
        }
    }
}
