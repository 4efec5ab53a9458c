package chat.client.lesson;

import chat.client.TextBundle;

import java.util.Locale;

/**
 * The user-facing text of the classroom features (settings, format, macros, random messages,
 * auto-replies, plain-text mode), from the {@code chat/client/lesson/messages*.properties}
 * bundles (English, French).
 */
public final class LessonText {
    private static final TextBundle TEXT = new TextBundle("chat.client.lesson.messages");

    private LessonText() {
    }

    /** Uses the bundle of {@code locale} from now on. */
    public static void useLocale(Locale locale) {
        TEXT.useLocale(locale);
    }

    /** The locale of the bundle in use. */
    public static Locale locale() {
        return TEXT.locale();
    }

    /** The text for {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}... */
    public static String get(String key, Object... args) {
        return TEXT.get(key, args);
    }
}
