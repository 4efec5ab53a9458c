package chat.client.lesson;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RandomMessagesTest {

    @BeforeEach
    void english() {
        LessonText.useLocale(Locale.ENGLISH);
    }

    @Test
    void theWordAleatoireAskedAloneAsksForOneMessageWithOrWithoutTheAccent() {
        assertThat(RandomMessages.requested("aléatoire")).isEqualTo(OptionalInt.of(1));
        assertThat(RandomMessages.requested(" Aleatoire ")).isEqualTo(OptionalInt.of(1));
        assertThat(RandomMessages.requested("aléatoire 3")).isEqualTo(OptionalInt.of(3));
        assertThat(RandomMessages.requested("un message aléatoire")).isEmpty();
        assertThat(RandomMessages.requested("aléatoire trois")).isEmpty();
    }

    @Test
    void pickingGivesDifferentMessagesBoundedByTheListSize() {
        RandomMessages random = new RandomMessages(List.of("a", "b", "c"), new Random(7));
        assertThat(random.pick(2)).hasSize(2).doesNotHaveDuplicates().isSubsetOf("a", "b", "c");
        assertThat(random.pick(10)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(random.pick(0)).hasSize(1);
    }

    @Test
    void anEmptyListFromTheSettingsMeansTheBuiltInOneInTheInterfaceLanguage() {
        RandomMessages english = new RandomMessages(List.of(), new Random(1));
        assertThat(english.messages()).hasSizeGreaterThan(5).contains("Python or Java?");
        LessonText.useLocale(Locale.FRENCH);
        RandomMessages french = new RandomMessages(List.of(), new Random(1));
        assertThat(french.messages()).contains("Quelqu'un a fini l'exercice ?");
    }

    @Test
    void duplicatesAndBlanksInTheSettingsListAreDropped() {
        RandomMessages random = new RandomMessages(List.of("a", "a", " ", "b"), new Random(1));
        assertThat(random.messages()).containsExactly("a", "b");
    }
}
