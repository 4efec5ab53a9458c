package chat.client;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The client's user-facing text, from the {@code chat/client/messages*.properties} bundles (English, French). */
public final class Messages {
    private static final String BUNDLE = "chat.client.messages";
    /** No fallback to the JVM's default locale: English asked for under a French system stays English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, NO_FALLBACK);

    private Messages() {
    }

    /** Uses the bundle of {@code locale} from now on (tests pin English). */
    public static void useLocale(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** The text for {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}... */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
