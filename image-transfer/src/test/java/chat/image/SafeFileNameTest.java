package chat.image;

import chat.core.image.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SafeFileNameTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> table() {
        return Stream.of(
                arguments("cat.png", ImageFormat.PNG, "cat.png"),
                arguments("../../etc/passwd", ImageFormat.PNG, "passwd.png"),
                arguments("../../etc/passwd", null, "passwd"),
                arguments("C:\\x\\y.png", ImageFormat.PNG, "y.png"),
                arguments("a\u001b[31mred\u001b[0m.png", ImageFormat.PNG, "a[31mred[0m.png"),
                arguments("evil\u202Egnp.exe", ImageFormat.PNG, "evilgnp.exe.png"),
                arguments("", ImageFormat.JPEG, "image.jpg"),
                arguments(null, ImageFormat.GIF, "image.gif"),
                arguments("", null, "image"),
                arguments(".", ImageFormat.PNG, "image.png"),
                arguments("..", ImageFormat.PNG, "image.png"),
                arguments(".hidden.png", ImageFormat.PNG, "hidden.png"),
                arguments("...png", ImageFormat.PNG, "png.png"),
                arguments("photo.JPEG", ImageFormat.JPEG, "photo.JPEG"),
                arguments("photo.jpeg", ImageFormat.PNG, "photo.jpeg.png"),
                arguments("script.sh", ImageFormat.BMP, "script.sh.bmp"),
                arguments("CON.png", ImageFormat.PNG, "_CON.png"),
                arguments("nul", ImageFormat.PNG, "_nul.png"),
                arguments("a:b*c?.gif", ImageFormat.GIF, "a_b_c_.gif"),
                arguments("line\nbreak.png", ImageFormat.PNG, "line break.png"),
                arguments("trailing. . .png", ImageFormat.PNG, "trailing.png"),
                arguments("Élodie's café.png", ImageFormat.PNG, "Élodie's café.png"),
                arguments("/", ImageFormat.PNG, "image.png"),
                arguments("dir/", ImageFormat.PNG, "image.png"));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @MethodSource("table")
    void reducesToASafeBaseName(String given, ImageFormat format, String expected) {
        assertThat(SafeFileName.reduce(given, format)).isEqualTo(expected);
    }

    @Test
    void boundsAThreeHundredCharacterNameKeepingItsExtension() {
        String reduced = SafeFileName.reduce("x".repeat(300) + ".png", ImageFormat.PNG);
        assertThat(reduced).hasSize(SafeFileName.MAX_CHARS).endsWith(".png").startsWith("xxxx");
    }

    @Test
    void boundsMultiByteNamesInBytesWithoutSplittingCharacters() {
        String reduced = SafeFileName.reduce("\uD83D\uDC31".repeat(120) + ".gif", ImageFormat.GIF);
        assertThat(reduced.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeFileName.MAX_BYTES);
        assertThat(reduced).endsWith(".gif").startsWith("\uD83D\uDC31");
        assertThat(new String(reduced.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(reduced);
    }

    @Test
    void neverReturnsAPathSeparatorADotStartOrAControl() {
        String[] hostile = {"../..", "..\\..\\", "\u0000\u0001", "./.png", "a/../b", "\u202E\u2066.png", " . "};
        for (String name : hostile) {
            String reduced = SafeFileName.reduce(name, ImageFormat.PNG);
            assertThat(reduced).as(name).doesNotContain("/", "\\").doesNotStartWith(".").isNotEmpty();
            assertThat(reduced.codePoints().noneMatch(Character::isISOControl)).as(name).isTrue();
            assertThat(reduced).as(name).isNotIn(".", "..");
        }
    }
}
