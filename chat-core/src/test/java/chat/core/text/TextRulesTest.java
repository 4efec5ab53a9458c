package chat.core.text;

import chat.core.protocol.ErrorCode;
import chat.core.protocol.InvalidTextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Message text: valid UTF-8 of 1..maxText bytes with no control character but tab and newline. */
class TextRulesTest {
    private static final int MAX = 16_384;

    private static TextViolation find(String text) {
        return TextRules.find(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), MAX);
    }

    private static TextViolation findHex(String hex) {
        return TextRules.find(ByteBuffer.wrap(HexFormat.of().parseHex(hex)), MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "salut", "Élodie à l'école", "ça va ? 👋🏽 🇫🇷", "col1\tcol2", "line 1\nline 2",
            "\n", "\u00A0non-breaking", "日本語", "\uFFFD", "\uD83D\uDE00", "\uE000 private use", "\uDBFF\uDFFF"})
    void validTextHasNoViolation(String text) {
        assertThat(find(text)).isNull();
    }

    @Test
    void emptyTextIsRefused() {
        assertThat(find("")).isEqualTo(TextViolation.EMPTY);
    }

    @Test
    void textOfExactlyMaxTextBytesIsAccepted() {
        assertThat(TextRules.find(ByteBuffer.wrap("é".repeat(MAX / 2).getBytes(StandardCharsets.UTF_8)), MAX))
                .isNull();
    }

    @Test
    void textOfMaxTextPlusOneBytesIsTooLong() {
        assertThat(find("a" + "é".repeat(MAX / 2))).isEqualTo(TextViolation.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "80",           // lone continuation byte
            "61BF62",       // continuation byte between letters
            "C3",           // two-byte sequence cut at the end
            "61E282",       // three-byte sequence cut at the end
            "F09F98",       // four-byte sequence cut at the end
            "C361",         // lead byte followed by a non-continuation
            "E28261",       // three-byte sequence broken in its last byte
            "C080",         // overlong NUL
            "C1BF",         // overlong two-byte
            "E08080",       // overlong three-byte NUL
            "E09FBF",       // overlong three-byte
            "F08FBFBF",     // overlong four-byte
            "EDA080",       // UTF-16 high surrogate U+D800
            "EDBFBF",       // UTF-16 low surrogate U+DFFF
            "F4908080",     // U+110000, above the last code point
            "F5808080", "F8", "FC", "FE", "FF" // lead bytes that never occur in UTF-8
    })
    void malformedUtf8IsRefused(String hex) {
        assertThat(findHex(hex)).isEqualTo(TextViolation.INVALID_UTF8);
    }

    @Test
    void theEdgesOfEachUtf8RangeAreAccepted() {
        assertThat(findHex("C2A0")).as("U+00A0").isNull();
        assertThat(findHex("DFBF")).as("U+07FF").isNull();
        assertThat(findHex("E0A080")).as("U+0800").isNull();
        assertThat(findHex("ED9FBF")).as("U+D7FF").isNull();
        assertThat(findHex("EE8080")).as("U+E000").isNull();
        assertThat(findHex("EFBFBF")).as("U+FFFF").isNull();
        assertThat(findHex("F0908080")).as("U+10000").isNull();
        assertThat(findHex("F48FBFBF")).as("U+10FFFF").isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F})
    void c0ControlsOtherThanTabAndNewlineAndDelAreRefused(int control) {
        assertThat(find("a" + (char) control + "b")).isEqualTo(TextViolation.CONTROL_CHARACTER);
    }

    @Test
    void anAnsiEscapeSequenceIsRefused() {
        assertThat(find("\u001B[2J\u001B[31mred")).isEqualTo(TextViolation.CONTROL_CHARACTER);
    }

    @Test
    void aCarriageReturnIsRefused() {
        assertThat(find("line\r\n")).isEqualTo(TextViolation.CONTROL_CHARACTER);
    }

    @Test
    void everyC1ControlIsRefused() {
        for (int cp = 0x80; cp <= 0x9F; cp++) {
            assertThat(find("x" + (char) cp)).as("U+%04X", cp).isEqualTo(TextViolation.CONTROL_CHARACTER);
        }
    }

    @Test
    void c1ControlsAreTheBytesC280ToC29F() {
        assertThat(findHex("C280")).isEqualTo(TextViolation.CONTROL_CHARACTER);
        assertThat(findHex("C29F")).isEqualTo(TextViolation.CONTROL_CHARACTER);
        assertThat(findHex("C2A0")).isNull();
    }

    @Test
    void isForbiddenNamesExactlyTheControlsTheRulesRefuse() {
        for (int cp = 0; cp <= 0xFF; cp++) {
            boolean expected = (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
            assertThat(TextRules.isForbidden(cp)).as("U+%04X", cp).isEqualTo(expected);
        }
    }

    @Test
    void findLooksOnlyBetweenPositionAndLimitAndLeavesThemUnmoved() {
        byte[] bytes = "\u0001ok\u0001".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer text = ByteBuffer.wrap(bytes).position(1).limit(3);

        assertThat(TextRules.find(text, MAX)).isNull();
        assertThat(text.position()).isEqualTo(1);
        assertThat(text.limit()).isEqualTo(3);
    }

    @Test
    void aSequenceCutByTheLimitIsInvalidEvenIfTheBytesFollowInTheArray() {
        byte[] bytes = "aé".getBytes(StandardCharsets.UTF_8);
        ByteBuffer text = ByteBuffer.wrap(bytes).limit(2);

        assertThat(TextRules.find(text, MAX)).isEqualTo(TextViolation.INVALID_UTF8);
    }

    @Test
    void checkThrowsANonFatalInvalidText() {
        assertThatThrownBy(() -> TextRules.check(ByteBuffer.wrap(new byte[] {0x1B}), MAX))
                .isInstanceOfSatisfying(InvalidTextException.class, e -> {
                    assertThat(e.fatal()).isFalse();
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TEXT);
                    assertThat(e).hasMessage(TextViolation.CONTROL_CHARACTER.message());
                });
    }

    @Test
    void checkedBytesReturnsTheUtf8OfValidText() throws InvalidTextException {
        assertThat(TextRules.checkedBytes("é", MAX)).containsExactly(0xC3, 0xA9);
    }

    @Test
    void checkedBytesRefusesTextOverTheLimit() {
        assertThatThrownBy(() -> TextRules.checkedBytes("abc", 2)).isInstanceOf(InvalidTextException.class);
        assertThatCode(() -> TextRules.checkedBytes("ab", 2)).doesNotThrowAnyException();
    }

    @Test
    void checkedBytesEncodesALoneSurrogateInAStringAsAQuestionMark() throws InvalidTextException {
        assertThat(TextRules.checkedBytes("a\uD800b", MAX)).containsExactly('a', '?', 'b');
    }

    @Test
    void theValidatorAgreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(20_240_601);
        for (int round = 0; round < 50_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            random.nextBytes(bytes);
            assertThat(Utf8Oracle.disagreement(bytes, MAX)).as(HexFormat.of().formatHex(bytes)).isNull();
        }
    }

    @Test
    void theValidatorAgreesWithTheJdkDecoderOnRandomMostlyValidText() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x180) : random.nextInt(0x110000);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    cp = 'x';
                }
                text.appendCodePoint(cp);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            assertThat(Utf8Oracle.disagreement(bytes, MAX)).as(HexFormat.of().formatHex(bytes)).isNull();
        }
    }
}
