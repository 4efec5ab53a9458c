package chat.image;

import chat.core.image.ImageFormat;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test of the image-name sanitiser: whatever a sender calls its image, the name kept is one
 * safe file name in the download folder.
 *
 * <p>A normal {@code mvn verify} runs it on the seed inputs in
 * {@code src/test/resources/chat/image/SafeFileNameFuzzTestInputs/<method>} only. To fuzz for real:
 * <pre>JAZZER_FUZZ=1 ./mvnw -pl image-transfer test -Dtest=SafeFileNameFuzzTest</pre>
 */
class SafeFileNameFuzzTest {
    private static final Path FOLDER = Path.of("/downloads");

    @FuzzTest(maxDuration = "60s")
    void anyNameReducesToOneSafeFileName(FuzzedDataProvider data) {
        ImageFormat[] formats = ImageFormat.values();
        int pick = data.consumeInt(-1, formats.length - 1);
        ImageFormat format = pick < 0 ? null : formats[pick];
        String sent = data.consumeRemainingAsString();

        String name = SafeFileName.reduce(sent, format);

        assertThat(name).isNotEmpty().doesNotContain("/", "\\").isNotIn(".", "..").doesNotStartWith(".");
        assertThat(name.codePoints()).noneMatch(cp -> Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT);
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(SafeFileName.MAX_CHARS);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeFileName.MAX_BYTES);
        Path resolved = FOLDER.resolve(name).normalize();
        assertThat(resolved.getParent()).isEqualTo(FOLDER);
        if (format != null) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            assertThat(format.extensions()).anyMatch(extension -> lower.endsWith("." + extension));
        }
    }
}
