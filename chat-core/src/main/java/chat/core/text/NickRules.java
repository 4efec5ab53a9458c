package chat.core.text;

/**
 * Nicks: 1..32 characters, each a Unicode letter or digit, {@code _}, {@code -} or {@code .};
 * unique when compared case-insensitively.
 */
public final class NickRules {
    public static final int MAX_NICK_CHARS = 32;
    private static final String GUEST_PREFIX = "guest-";

    private NickRules() {
    }

    public static boolean isValid(String nick) {
        if (nick == null || nick.isEmpty()) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < nick.length(); ) {
            int cp = nick.codePointAt(i);
            if (!(Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.')) {
                return false;
            }
            count++;
            i += Character.charCount(cp);
        }
        return count <= MAX_NICK_CHARS;
    }

    /**
     * The key under which a nick is unique: nicks equal ignoring case share a key. Each code point
     * is folded on its own (upper then lower case, as {@link String#equalsIgnoreCase} compares), so
     * {@code ſ}/{@code s}, {@code ς}/{@code σ} and {@code K} (Kelvin)/{@code k} collide as they should.
     */
    public static String key(String nick) {
        StringBuilder key = new StringBuilder(nick.length());
        nick.codePoints().forEach(cp -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return key.toString();
    }

    /** The nick of a member that has none. */
    public static String guest(int id) {
        return GUEST_PREFIX + id;
    }

    /**
     * {@code base-n}, with {@code base} cut so the whole stays within {@link #MAX_NICK_CHARS}
     * characters; for {@code n >= 2}, the candidates tried when {@code base} is taken.
     */
    public static String withSuffix(String base, int n) {
        String suffix = "-" + n;
        int room = MAX_NICK_CHARS - suffix.length();
        int baseChars = base.codePointCount(0, base.length());
        String cut = baseChars <= room ? base : base.substring(0, base.offsetByCodePoints(0, room));
        return cut + suffix;
    }
}
