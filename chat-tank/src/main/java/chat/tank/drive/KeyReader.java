package chat.tank.drive;

import java.io.IOException;
import org.jline.utils.NonBlockingReader;

/**
 * Reads driving keys from a terminal in raw mode. Arrow keys arrive as {@code ESC [ A} (or {@code ESC O A}
 * in application mode, or with modifiers {@code ESC [ 1 ; 5 A}); a lone ESC is told apart from the start of
 * a sequence by peeking for the next character for a short time.
 */
final class KeyReader {
    private static final int ESC = 27;
    private static final int CSI = '[';
    private static final int SS3 = 'O';
    /** Longest escape sequence consumed before giving up on it. */
    private static final int MAX_SEQUENCE = 8;
    private static final int FINAL_MIN = 0x40;
    private static final int FINAL_MAX = 0x7E;

    private final NonBlockingReader reader;
    private final long escapeTimeoutMillis;

    KeyReader(NonBlockingReader reader, long escapeTimeoutMillis) {
        this.reader = reader;
        this.escapeTimeoutMillis = escapeTimeoutMillis;
    }

    /** The next key, null when none came within {@code timeoutMillis}; end of input counts as QUIT. */
    DriveKey read(long timeoutMillis) throws IOException {
        int ch = reader.read(timeoutMillis);
        if (ch == NonBlockingReader.READ_EXPIRED) {
            return null;
        }
        if (ch == NonBlockingReader.EOF) {
            return DriveKey.QUIT;
        }
        if (ch != ESC) {
            return DriveKey.forChar(ch);
        }
        int next = reader.peek(escapeTimeoutMillis);
        if (next != CSI && next != SS3) {
            return DriveKey.QUIT;
        }
        reader.read(escapeTimeoutMillis);
        return readSequenceFinal();
    }

    private DriveKey readSequenceFinal() throws IOException {
        for (int i = 0; i < MAX_SEQUENCE; i++) {
            int ch = reader.read(escapeTimeoutMillis);
            if (ch < 0) {
                return DriveKey.OTHER;
            }
            if (ch >= FINAL_MIN && ch <= FINAL_MAX) {
                return DriveKey.forArrowFinal(ch);
            }
        }
        return DriveKey.OTHER;
    }
}
