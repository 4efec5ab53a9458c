package chat.client;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One family of {@code .properties} bundles (English, French) and the language in use. No fallback
 * to the JVM's default locale: English asked for under a French system stays English.
 */
public final class TextBundle {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private final String name;
    private volatile ResourceBundle bundle;

    /** @param name the bundle's base name, e.g. {@code chat.client.messages} */
    public TextBundle(String name) {
        this.name = name;
        this.bundle = ResourceBundle.getBundle(name, NO_FALLBACK);
    }

    /** Uses the bundle of {@code locale} from now on. */
    public void useLocale(Locale locale) {
        bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
    }

    /** The locale of the bundle in use. */
    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}...; the key itself if missing. */
    public String get(String key, Object... args) {
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
