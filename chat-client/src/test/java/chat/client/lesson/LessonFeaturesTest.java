package chat.client.lesson;

import chat.client.Messages;
import chat.client.config.Settings;
import chat.client.config.SettingsStore;
import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LessonFeaturesTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));

    @BeforeEach
    void english() {
        Messages.useLocale(Locale.ENGLISH);
        LessonText.useLocale(Locale.ENGLISH);
    }

    private LessonFeatures features(Settings settings, SettingsStore store) {
        MessageFormatter formatter = new MessageFormatter(DisplayFormat.standard(), false, false, clock);
        return new LessonFeatures(settings, store, formatter, new Random(3), clock);
    }

    @Test
    void aMacroAddedByCommandIsUsedAndSaved() {
        SettingsStore store = new SettingsStore(dir.resolve("config.json"));
        LessonFeatures features = features(Settings.defaults(), store);
        Outcome added = features.run(LessonCommandParser.parse("macro", "add brb \"Je reviens tout de suite\""));
        assertThat(added.problems()).isEmpty();
        assertThat(added.info()).containsExactly("macro brb → Je reviens tout de suite");

        assertThat(features.expand("brb")).containsExactly("Je reviens tout de suite");
        assertThat(features.expand("hello")).containsExactly("hello");
        assertThat(store.load().settings().macros()).containsEntry("brb", "Je reviens tout de suite");

        Outcome removed = features.run(LessonCommandParser.parse("macro", "remove brb"));
        assertThat(removed.info()).containsExactly("macro brb removed");
        assertThat(store.load().settings().macros()).isEmpty();
    }

    @Test
    void aleatoireAndRandomSendDifferentMessagesFromTheList() {
        LessonFeatures features = features(Settings.defaults().withRandomMessages(List.of("a", "b", "c")), null);
        assertThat(features.expand("aléatoire")).hasSize(1).isSubsetOf("a", "b", "c");
        assertThat(features.expand("aleatoire 2")).hasSize(2).doesNotHaveDuplicates();
        assertThat(features.run(new LessonCommand.Random(5)).toSend()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void autoRepliesAnswerOthersButNeverOurselves() {
        LessonFeatures features = features(Settings.defaults(), null);
        features.run(LessonCommandParser.parse("auto", "add bonjour \"Salut à toi !\""));
        Member me = new Member(1, "me", "127.0.0.1", MemberMode.FRAMED);
        Frame.Message mine = new Frame.Message(1, 0, false, "me", "127.0.0.1", "bonjour");
        Frame.Message theirs = new Frame.Message(2, 0, false, "zoé", "127.0.0.1", "Bonjour !");
        assertThat(features.autoReply(mine, me)).isEmpty();
        assertThat(features.autoReply(theirs, me)).contains("↪ Salut à toi !");
        assertThat(features.autoReply(theirs, me)).isEmpty();
    }

    @Test
    void formatAndCounterCommandsChangeTheDisplayAndAreSaved() {
        SettingsStore store = new SettingsStore(dir.resolve("config.json"));
        LessonFeatures features = features(Settings.defaults(), store);
        assertThat(features.run(new LessonCommand.Format("lesson")).info()).containsExactly("display format is now lesson");
        assertThat(features.run(new LessonCommand.Counter(null)).info()).containsExactly("message counter on");
        assertThat(features.formatter().format().name()).isEqualTo("lesson");
        assertThat(features.formatter().counting()).isTrue();
        Settings saved = store.load().settings();
        assertThat(saved.format()).isEqualTo("lesson");
        assertThat(saved.counterOn()).isTrue();
        assertThat(features.run(new LessonCommand.Format("{nope}")).problems()).hasSize(1);
    }

    @Test
    void withABrokenSettingsFileChangesWorkButAreNotSavedAndTheUserIsTold() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{broken", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        LessonFeatures features = features(store.load().settings(), store);
        Outcome outcome = features.run(LessonCommandParser.parse("macro", "add brb \"back soon\""));
        assertThat(outcome.problems()).singleElement().asString().startsWith("not saved:").contains(file.toString());
        assertThat(features.expand("brb")).containsExactly("back soon");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{broken");
    }

    @Test
    void invalidKeyWordsAndSentencesAreRefused() {
        LessonFeatures features = features(Settings.defaults(), null);
        assertThat(features.run(new LessonCommand.Define(LessonCommand.Table.MACRO, "a/b", "x")).problems())
                .singleElement().asString().startsWith("invalid key word");
        assertThat(features.run(new LessonCommand.Define(LessonCommand.Table.AUTO, "ok", "bell\u0007")).problems())
                .singleElement().asString().startsWith("invalid sentence");
    }

    @Test
    void listsShowWhatIsDefined() {
        LessonFeatures features = features(Settings.defaults().withAutoReplies(Map.of("merci", "De rien")), null);
        assertThat(features.run(new LessonCommand.Show(LessonCommand.Table.AUTO)).info()).last().asString()
                .isEqualTo("  merci → De rien");
        assertThat(features.run(new LessonCommand.Show(LessonCommand.Table.MACRO)).info()).singleElement()
                .asString().startsWith("no macros yet");
    }

    @Test
    void unusableValuesInTheSettingsAreReported() {
        Settings settings = Settings.defaults().withFormat("{bad}").withLanguage("de")
                .withMacros(Map.of("two words", "x"));
        assertThat(LessonFeatures.check(settings)).hasSize(3);
        assertThat(LessonFeatures.check(Settings.defaults().withFormat("lesson"))).isEmpty();
    }
}
