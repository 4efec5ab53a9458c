package chat.core.text;

import chat.core.protocol.InvalidTextException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The protocol's rules for message text, shared by server and client: valid UTF-8 of
 * 1..maxText bytes with no control characters but tab and newline (no C0 except
 * {@code \t} {@code \n}, no DEL, no C1). Checks bytes in place without allocating.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The first rule {@code text} (position to limit, left unmoved) breaks, or {@code null} if it is valid. */
    public static TextViolation find(ByteBuffer text, int maxText) {
        int start = text.position();
        int end = text.limit();
        int length = end - start;
        if (length == 0) {
            return TextViolation.EMPTY;
        }
        if (length > maxText) {
            return TextViolation.TOO_LONG;
        }
        int i = start;
        while (i < end) {
            int b0 = text.get(i) & 0xFF;
            if (b0 < 0x80) {
                if (isForbiddenControl(b0)) {
                    return TextViolation.CONTROL_CHARACTER;
                }
                i++;
                continue;
            }
            int needed;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                needed = 1;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                needed = 2;
                if (b0 == 0xE0) {
                    min2 = 0xA0;
                } else if (b0 == 0xED) {
                    max2 = 0x9F;
                }
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                needed = 3;
                if (b0 == 0xF0) {
                    min2 = 0x90;
                } else if (b0 == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return TextViolation.INVALID_UTF8;
            }
            if (i + needed >= end) {
                return TextViolation.INVALID_UTF8;
            }
            int b1 = text.get(i + 1) & 0xFF;
            if (b1 < min2 || b1 > max2) {
                return TextViolation.INVALID_UTF8;
            }
            for (int k = 2; k <= needed; k++) {
                int bk = text.get(i + k) & 0xFF;
                if (bk < 0x80 || bk > 0xBF) {
                    return TextViolation.INVALID_UTF8;
                }
            }
            if (needed == 1 && b0 == 0xC2 && b1 <= 0x9F) {
                return TextViolation.CONTROL_CHARACTER; // C1 controls U+0080..U+009F
            }
            i += needed + 1;
        }
        return null;
    }

    /** Throws {@link InvalidTextException} unless {@code text} obeys the rules. */
    public static void check(ByteBuffer text, int maxText) throws InvalidTextException {
        TextViolation violation = find(text, maxText);
        if (violation != null) {
            throw new InvalidTextException(violation.message());
        }
    }

    /** The UTF-8 bytes of {@code text}, checked against the rules. */
    public static byte[] checkedBytes(String text, int maxText) throws InvalidTextException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        check(ByteBuffer.wrap(bytes), maxText);
        return bytes;
    }

    /** True for a code point a text may not contain. */
    public static boolean isForbidden(int codePoint) {
        return isForbiddenControl(codePoint) || (codePoint >= 0x80 && codePoint <= 0x9F);
    }

    private static boolean isForbiddenControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
    }
}
