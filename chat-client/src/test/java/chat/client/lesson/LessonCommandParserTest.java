package chat.client.lesson;

import org.junit.jupiter.api.Test;

import static chat.client.lesson.LessonCommand.Table.AUTO;
import static chat.client.lesson.LessonCommand.Table.MACRO;
import static org.assertj.core.api.Assertions.assertThat;

class LessonCommandParserTest {

    @Test
    void macroAddTakesAQuotedOrBareSentence() {
        assertThat(LessonCommandParser.parse("macro", "add brb \"Je reviens tout de suite\""))
                .isEqualTo(new LessonCommand.Define(MACRO, "brb", "Je reviens tout de suite"));
        assertThat(LessonCommandParser.parse("macro", "add gg bien joué"))
                .isEqualTo(new LessonCommand.Define(MACRO, "gg", "bien joué"));
        assertThat(LessonCommandParser.parse("auto", "add bonjour « Salut à toi ! »"))
                .isEqualTo(new LessonCommand.Define(AUTO, "bonjour", "Salut à toi !"));
    }

    @Test
    void listAndRemoveAreUnderstood() {
        assertThat(LessonCommandParser.parse("macro", "list")).isEqualTo(new LessonCommand.Show(MACRO));
        assertThat(LessonCommandParser.parse("auto", "")).isEqualTo(new LessonCommand.Show(AUTO));
        assertThat(LessonCommandParser.parse("macro", "remove brb")).isEqualTo(new LessonCommand.Remove(MACRO, "brb"));
        assertThat(LessonCommandParser.parse("auto", "supprimer bonjour"))
                .isEqualTo(new LessonCommand.Remove(AUTO, "bonjour"));
    }

    @Test
    void wrongUsesGiveTheUsage() {
        assertThat(LessonCommandParser.parse("macro", "add brb")).isInstanceOf(LessonCommand.Usage.class);
        assertThat(LessonCommandParser.parse("macro", "remove brb extra")).isInstanceOf(LessonCommand.Usage.class);
        assertThat(LessonCommandParser.parse("macro", "frobnicate")).isEqualTo(new LessonCommand.Usage("usage.macro"));
        assertThat(LessonCommandParser.parse("random", "zero")).isEqualTo(new LessonCommand.Usage("usage.random"));
        assertThat(LessonCommandParser.parse("random", "0")).isInstanceOf(LessonCommand.Usage.class);
        assertThat(LessonCommandParser.parse("counter", "maybe")).isInstanceOf(LessonCommand.Usage.class);
    }

    @Test
    void randomFormatAndCounterTakeTheirArguments() {
        assertThat(LessonCommandParser.parse("random", "")).isEqualTo(new LessonCommand.Random(1));
        assertThat(LessonCommandParser.parse("random", " 3 ")).isEqualTo(new LessonCommand.Random(3));
        assertThat(LessonCommandParser.parse("format", "")).isEqualTo(new LessonCommand.Format(null));
        assertThat(LessonCommandParser.parse("format", "{n}{who}: {text}"))
                .isEqualTo(new LessonCommand.Format("{n}{who}: {text}"));
        assertThat(LessonCommandParser.parse("counter", "")).isEqualTo(new LessonCommand.Counter(null));
        assertThat(LessonCommandParser.parse("counter", "oui")).isEqualTo(new LessonCommand.Counter(true));
        assertThat(LessonCommandParser.parse("counter", "OFF")).isEqualTo(new LessonCommand.Counter(false));
    }
}
