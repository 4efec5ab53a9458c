package chat.client.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the interface language, French or English: {@code --lang} first, then the settings file,
 * then the POSIX locale variables ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, e.g.
 * {@code fr_CA.UTF-8} → French), then the JVM's default locale. Anything but French is English.
 */
public final class LanguageChoice {
    private static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");
    private static final String FRENCH = "fr";
    private static final String ENGLISH = "en";

    private LanguageChoice() {
    }

    /** True for a language code this client speaks ({@code fr} or {@code en}, any case). */
    public static boolean isSupported(String code) {
        if (code == null) {
            return false;
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        return lower.equals(FRENCH) || lower.equals(ENGLISH);
    }

    /**
     * The locale to use.
     *
     * @param option     the {@code --lang} value, or null
     * @param configured the settings file's language, or null
     * @param env        the environment
     */
    public static Locale resolve(String option, String configured, Map<String, String> env) {
        if (isSupported(option)) {
            return of(option);
        }
        if (isSupported(configured)) {
            return of(configured);
        }
        for (String name : LOCALE_VARIABLES) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return of(languageOf(value));
            }
        }
        return of(Locale.getDefault().getLanguage());
    }

    /** The language part of a POSIX locale name: {@code fr_CA.UTF-8@euro} → {@code fr}. */
    static String languageOf(String posixLocale) {
        String value = posixLocale.strip();
        int end = value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '_' || c == '.' || c == '@' || c == '-') {
                end = i;
                break;
            }
        }
        return value.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static Locale of(String code) {
        return FRENCH.equals(code.strip().toLowerCase(Locale.ROOT)) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
