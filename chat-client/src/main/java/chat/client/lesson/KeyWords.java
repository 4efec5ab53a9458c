package chat.client.lesson;

import java.util.Locale;

/** The rules for macro key words and auto-reply triggers: one word of letters, digits, {@code _} or {@code -}. */
public final class KeyWords {
    public static final int MAX_LENGTH = 32;

    private KeyWords() {
    }

    /** True when {@code word} can be a key word. */
    public static boolean isValid(String word) {
        if (word == null || word.isEmpty() || word.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && cp != '_' && cp != '-') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The form a key word is stored and compared in. */
    public static String normalise(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }
}
