package chat.image.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Encodes an image file for iTerm2's inline images protocol:
 * {@code ESC ] 1337 ; File=inline=1;size=N;width=C;height=R;preserveAspectRatio=1 : <base64> BEL}, where N is the
 * file's size in bytes and C, R the box in character cells.
 */
public final class ItermEncoder {
    private static final String START = "\u001b]1337;File=";
    private static final String END = "\u0007";

    private ItermEncoder() {
    }

    /** The sequence displaying {@code image} (any format iTerm2 decodes) within {@code columns} × {@code rows}. */
    public static String encode(byte[] image, int columns, int rows) {
        StringBuilder out = new StringBuilder(image.length * 4 / 3 + 96);
        out.append(START).append("inline=1;size=").append(image.length);
        if (columns > 0) {
            out.append(";width=").append(columns);
        }
        if (rows > 0) {
            out.append(";height=").append(rows);
        }
        out.append(";preserveAspectRatio=1:");
        out.append(new String(Base64.getEncoder().encode(image), StandardCharsets.US_ASCII));
        return out.append(END).toString();
    }
}
