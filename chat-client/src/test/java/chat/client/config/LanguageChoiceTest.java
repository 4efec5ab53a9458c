package chat.client.config;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageChoiceTest {

    @Test
    void aFrenchLocaleVariableGivesFrench() {
        assertThat(LanguageChoice.resolve(null, null, Map.of("LANG", "fr_CA.UTF-8"))).isEqualTo(Locale.FRENCH);
        assertThat(LanguageChoice.resolve(null, null, Map.of("LANG", "fr_FR.UTF-8@euro"))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void lcAllComesBeforeLang() {
        assertThat(LanguageChoice.resolve(null, null, Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "fr_FR.UTF-8")))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theOptionWinsOverTheSettingsWhichWinOverTheLocale() {
        Map<String, String> french = Map.of("LANG", "fr_FR.UTF-8");
        assertThat(LanguageChoice.resolve("en", "fr", french)).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageChoice.resolve(null, "en", french)).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageChoice.resolve("FR", null, Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void otherLanguagesAndThePosixLocaleGiveEnglish() {
        assertThat(LanguageChoice.resolve(null, null, Map.of("LANG", "de_DE.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageChoice.resolve(null, null, Map.of("LANG", "C"))).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageChoice.isSupported("es")).isFalse();
    }
}
