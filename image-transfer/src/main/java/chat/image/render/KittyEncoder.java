package chat.image.render;

import java.util.Base64;

/**
 * Encodes a PNG for the kitty graphics protocol: transmit-and-display ({@code a=T}) of PNG data ({@code f=100}),
 * quiet ({@code q=2}: the terminal sends no reply into the input), the base64 payload split into chunks of at most
 * 4096 bytes, every chunk but the last marked {@code m=1}, the last {@code m=0}. Each chunk is
 * {@code ESC _ G <keys> ; <payload> ESC \}; only the first carries the keys besides {@code m}.
 */
public final class KittyEncoder {
    /** The largest base64 payload of one escape sequence, as the protocol requires. */
    public static final int CHUNK = 4096;
    private static final String START = "\u001b_G";
    private static final String END = "\u001b\\";

    private KittyEncoder() {
    }

    /**
     * The escape sequences displaying {@code png} over {@code columns} cells or {@code rows} cells (whichever is
     * positive; kitty keeps the aspect ratio for the other; both 0: the image's own size).
     */
    public static String encode(byte[] png, int columns, int rows) {
        String payload = Base64.getEncoder().encodeToString(png);
        StringBuilder keys = new StringBuilder("a=T,f=100,q=2");
        if (columns > 0) {
            keys.append(",c=").append(columns);
        }
        if (rows > 0) {
            keys.append(",r=").append(rows);
        }
        StringBuilder out = new StringBuilder(payload.length() + payload.length() / CHUNK * 16 + 64);
        int offset = 0;
        do {
            int end = Math.min(payload.length(), offset + CHUNK);
            boolean last = end == payload.length();
            out.append(START);
            if (offset == 0) {
                out.append(keys).append(',');
            }
            out.append("m=").append(last ? 0 : 1).append(';').append(payload, offset, end).append(END);
            offset = end;
        } while (offset < payload.length());
        return out.toString();
    }
}
