package chat.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from the network is made safe to print: nothing reaches the terminal that it would interpret. */
class TerminalTextTest {

    private static void assertPrintable(String out) {
        out.codePoints().forEach(cp -> assertThat(cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C)
                .as("U+%04X in %s", cp, out).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"salut", "Élodie à l'école", "👋🏽 🇫🇷", "日本語", "a^b", ""})
    void normalTextIsUnchanged(String text) {
        assertThat(TerminalText.sanitizeLine(text)).isEqualTo(text);
    }

    @Test
    void normalTextIsReturnedAsTheSameInstance() {
        String text = "nothing to do";

        assertThat(TerminalText.sanitizeLine(text)).isSameAs(text);
    }

    @Test
    void nullIsAnEmptyLine() {
        assertThat(TerminalText.sanitizeLine(null)).isEmpty();
    }

    @Test
    void anEscapeBecomesCaretNotation() {
        assertThat(TerminalText.sanitizeLine("\u001B[31mred")).isEqualTo("^[[31mred");
    }

    @Test
    void escapeAndCsiSequencesNeverSurvive() {
        String hostile = "\u001B]0;title\u0007\u001B[2J\u001BPq\u001B\\\u009B31m\u009D0;x\u009C";

        String out = TerminalText.sanitizeLine(hostile);

        assertThat(out).doesNotContain("\u001B", "\u009B", "\u009D", "\u009C", "\u0007");
        assertPrintable(out);
    }

    @Test
    void belCarriageReturnAndBackspaceAreMadeVisible() {
        assertThat(TerminalText.sanitizeLine("a\u0007b\rc\bd")).isEqualTo("a^Gb^Mc^Hd");
    }

    @Test
    void delIsMadeVisible() {
        assertThat(TerminalText.sanitizeLine("a\u007Fb")).isEqualTo("a^?b");
    }

    @Test
    void c1ControlsBecomeTheReplacementCharacter() {
        assertThat(TerminalText.sanitizeLine("a\u0085b\u009Fc")).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void aNewlineInsideALineIsMadeVisible() {
        assertThat(TerminalText.sanitizeLine("a\nb")).isEqualTo("a^Jb");
    }

    @Test
    void aTabBecomesSpaces() {
        assertThat(TerminalText.sanitizeLine("a\tb")).isEqualTo("a    b");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
            0x061C, 0xFEFF})
    void bidiControlsAreRemoved(int control) {
        assertThat(TerminalText.sanitizeLine("abc" + (char) control + "def")).isEqualTo("abcdef");
    }

    @Test
    void textBeforeTheFirstControlIsKept() {
        assertThat(TerminalText.sanitizeLine("Élodie 👋\u001B")).isEqualTo("Élodie 👋^[");
    }

    @Test
    void noControlSurvivesInRandomText() {
        Random random = new Random(3);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                text.appendCodePoint(random.nextBoolean() ? random.nextInt(0xA0) : random.nextInt(0x2100));
            }
            assertPrintable(TerminalText.sanitizeLine(text.toString()));
        }
    }

    @Test
    void sanitizeLinesSplitsAtNewlines() {
        assertThat(TerminalText.sanitizeLines("one\ntwo\r\nthree")).containsExactly("one", "two", "three");
    }

    @Test
    void sanitizeLinesKeepsEmptyLines() {
        assertThat(TerminalText.sanitizeLines("a\n\nb\n")).containsExactly("a", "", "b", "");
    }

    @Test
    void sanitizeLinesSanitisesEachLine() {
        assertThat(TerminalText.sanitizeLines("\u001B[1m\n\u202Eevil\r")).containsExactly("^[[1m", "evil^M");
    }

    @Test
    void sanitizeLinesOfNullIsOneEmptyLine() {
        assertThat(TerminalText.sanitizeLines(null)).containsExactly("");
    }
}
