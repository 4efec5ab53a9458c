package chat.client.lesson;

import chat.client.Messages;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageFormatterTest {
    private static final long NOON = Instant.parse("2025-01-01T12:34:56Z").toEpochMilli();
    private final MutableClock clock = new MutableClock(Instant.ofEpochMilli(NOON));

    @BeforeEach
    void english() {
        Messages.useLocale(Locale.ENGLISH);
        LessonText.useLocale(Locale.ENGLISH);
    }

    private static List<String> plain(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    private static MessageView theirs(String text) {
        return new MessageView(false, false, "192.168.0.3", "alice", NOON, text);
    }

    private static MessageView ours(String text) {
        return MessageView.ownSay("192.168.0.7", "bob", NOON, text);
    }

    @Test
    void theDefaultPresetPrintsIpNickAndText() {
        MessageFormatter formatter = new MessageFormatter(DisplayFormat.standard(), false, false, clock);
        assertThat(plain(formatter.lines(theirs("salut")))).containsExactly("192.168.0.3 alice: salut");
        assertThat(plain(formatter.lines(ours("yo")))).containsExactly("192.168.0.7 bob (you): yo");
    }

    @Test
    void theLessonPresetPrintsMoiAndEuxExactly() {
        MessageFormatter formatter = new MessageFormatter(DisplayFormat.parse("lesson"), false, false, clock);
        assertThat(plain(formatter.lines(ours("salut")))).containsExactly("moi: salut");
        assertThat(plain(formatter.lines(theirs("ça va ?")))).containsExactly("eux: ça va ?");
    }

    @Test
    void theCounterNumbersEachMessageOnceEvenWhenItHasSeveralLines() {
        MessageFormatter formatter = new MessageFormatter(DisplayFormat.parse("LESSON"), true, false, clock);
        assertThat(plain(formatter.lines(ours("un")))).containsExactly("[1] moi: un");
        assertThat(plain(formatter.lines(theirs("deux\ntrois")))).containsExactly("[2] eux: deux", "[2] eux: trois");
        formatter.setCounting(false);
        assertThat(plain(formatter.lines(theirs("quatre")))).containsExactly("eux: quatre");
    }

    @Test
    void timeStampsComeFirstWhenSwitchedOn() {
        MessageFormatter formatter = new MessageFormatter(DisplayFormat.parse("compact"), true, true, clock);
        assertThat(plain(formatter.lines(theirs("hi")))).containsExactly("12:34:56 [1] alice: hi");
    }

    @Test
    void aTemplateMayUseEveryField() {
        DisplayFormat format = DisplayFormat.parse("<{nick}@{ip}>{private} {text} ({who})");
        MessageFormatter formatter = new MessageFormatter(format, false, false, clock);
        MessageView whisper = new MessageView(false, true, "10.0.0.1", "zoé", NOON, "psst");
        assertThat(plain(formatter.lines(whisper))).containsExactly("<zoé@10.0.0.1> (private) psst (eux)");
    }

    @Test
    void textNickAndTemplateAreSanitised() {
        DisplayFormat format = DisplayFormat.parse("\u001b[31m{nick}: {text}");
        MessageFormatter formatter = new MessageFormatter(format, false, false, clock);
        MessageView view = new MessageView(false, false, "1.2.3.4", "ev\u001bil", NOON, "red\u001b[2Jx");
        String line = plain(formatter.lines(view)).get(0);
        assertThat(line).doesNotContain("\u001b").isEqualTo("^[[31mev^[il: red^[[2Jx");
    }

    @Test
    void badFormatsAreRefusedWithAReason() {
        assertThatThrownBy(() -> DisplayFormat.parse("fancy")).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("default, lesson, compact");
        assertThatThrownBy(() -> DisplayFormat.parse("{nick} {colour}: {text}"))
                .hasMessageContaining("{colour}");
        assertThatThrownBy(() -> DisplayFormat.parse("{nick}")).hasMessageContaining("{text}");
    }
}
