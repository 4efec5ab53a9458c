package chat.image;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing text of the image module, from {@code chat/image/messages*.properties} (English, French). */
public final class ImageText {
    private static final String BUNDLE = "chat.image.messages";
    /** No fallback to the default locale: English (the base bundle) answers every locale without a bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ImageText() {
    }

    /** The message for {@code key} in the default locale, its {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }

    /** The message for {@code key} in {@code locale}, its {@code {0}}-style arguments filled in. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
