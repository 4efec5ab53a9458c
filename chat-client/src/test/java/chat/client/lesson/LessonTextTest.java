package chat.client.lesson;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LessonTextTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LessonTextTest.class.getResourceAsStream("/chat/client/lesson/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(load("messages_fr.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void theLanguageFollowsTheChosenLocaleWithoutFallingBackToTheSystemOne() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            LessonText.useLocale(Locale.ENGLISH);
            assertThat(LessonText.get("counter.on")).isEqualTo("message counter on");
            LessonText.useLocale(Locale.CANADA_FRENCH);
            assertThat(LessonText.get("counter.on")).isEqualTo("compteur de messages activé");
        } finally {
            Locale.setDefault(saved);
            LessonText.useLocale(Locale.ENGLISH);
        }
    }

    @Test
    void bracesInTemplatesSurviveTheMessageFormat() {
        LessonText.useLocale(Locale.ENGLISH);
        assertThat(LessonText.get("format.no.text")).isEqualTo("the display format must contain {text}");
        assertThat(LessonText.get("macro.added", "brb", "x")).isEqualTo("macro brb → x");
    }
}
