package chat.tank;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The tank's user-facing text, from the {@code chat/tank/messages*.properties} bundles (English, French). */
public final class TankMessages {
    private static final String BUNDLE = "chat.tank.messages";

    private final ResourceBundle bundle;

    public TankMessages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /**
     * The text for {@code key} with {@code args} in its {@code {0}}, {@code {1}}...; arguments are inserted
     * as plain text (no locale grouping of port numbers).
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(plain);
    }
}
