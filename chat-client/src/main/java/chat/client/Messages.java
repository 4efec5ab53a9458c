package chat.client;

import java.util.Locale;

/** The client's user-facing text, from the {@code chat/client/messages*.properties} bundles (English, French). */
public final class Messages {
    private static final TextBundle TEXT = new TextBundle("chat.client.messages");

    private Messages() {
    }

    /** Uses the bundle of {@code locale} from now on (tests pin English). */
    public static void useLocale(Locale locale) {
        TEXT.useLocale(locale);
    }

    /** The text for {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}... */
    public static String get(String key, Object... args) {
        return TEXT.get(key, args);
    }
}
