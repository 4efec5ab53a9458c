package chat.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text from the network safe to print: no control character, escape sequence or
 * bidirectional override reaches the terminal. Controls become caret notation ({@code ^[}).
 */
public final class TerminalText {
    private static final int TAB_WIDTH = 4;

    private TerminalText() {
    }

    /** One printable line: newlines and every other control character are made visible. */
    public static String sanitizeLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String replacement = replacement(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8);
                out.append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** The text split at newlines, each line sanitised. */
    public static List<String> sanitizeLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\r?\n", -1)) {
            lines.add(sanitizeLine(line));
        }
        return lines;
    }

    private static String replacement(int cp) {
        if (cp == '\t') {
            return " ".repeat(TAB_WIDTH);
        }
        if (cp < 0x20) {
            return "^" + (char) (cp + 0x40);
        }
        if (cp == 0x7F) {
            return "^?";
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            return "\uFFFD";
        }
        if (isBidiControl(cp) || cp == 0xFEFF) {
            return "";
        }
        return null;
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
