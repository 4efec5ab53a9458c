package chat.client.lesson;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MacrosTest {

    @Test
    void aLineThatIsExactlyTheKeyWordBecomesTheSentence() {
        Macros macros = new Macros(Map.of("brb", "Je reviens tout de suite"));
        assertThat(macros.expand("brb")).contains("Je reviens tout de suite");
        assertThat(macros.expand("  BRB ")).contains("Je reviens tout de suite");
    }

    @Test
    void aKeyWordInsideASentenceIsLeftAlone() {
        Macros macros = new Macros(Map.of("brb", "Je reviens tout de suite"));
        assertThat(macros.expand("brb dans 5 min")).isEmpty();
        assertThat(macros.expand("ok brb")).isEmpty();
    }

    @Test
    void macrosCanBeAddedReplacedAndRemoved() {
        Macros macros = new Macros(Map.of());
        assertThat(macros.put("gg", "Bien joué")).isNull();
        assertThat(macros.put("GG", "Bravo")).isEqualTo("Bien joué");
        assertThat(macros.all()).containsExactly(Map.entry("gg", "Bravo"));
        assertThat(macros.remove("gg")).isEqualTo("Bravo");
        assertThat(macros.expand("gg")).isEmpty();
    }

    @Test
    void invalidKeyWordsFromTheSettingsAreIgnored() {
        Macros macros = new Macros(Map.of("two words", "x", "/who", "y", "ok", "fine"));
        assertThat(macros.all()).containsOnlyKeys("ok");
    }
}
