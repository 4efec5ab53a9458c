package chat.client.plain;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts received text into lines: each {@code \n} ends one (a {@code \r} before it is dropped);
 * text after the last newline waits, and is given out by {@link #flushPartial()} once the input
 * has stayed idle, so a server that sends no newline is still shown.
 */
public final class TextAssembler {
    /** Text without newline is cut into lines of this length at most. */
    static final int MAX_LINE_CHARS = 16 * 1024;

    private final StringBuilder partial = new StringBuilder();

    /** The lines completed by {@code text}. */
    public List<String> add(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                partial.append(text, start, i);
                lines.add(withoutCarriageReturn(partial.toString()));
                partial.setLength(0);
                start = i + 1;
            }
        }
        partial.append(text, start, text.length());
        while (partial.length() >= MAX_LINE_CHARS) {
            // a server that streams without newline or pause: shown in pieces, not held without bound
            lines.add(partial.substring(0, MAX_LINE_CHARS));
            partial.delete(0, MAX_LINE_CHARS);
        }
        return lines;
    }

    /** The text waiting for its newline, taken out; null if there is none. */
    public String flushPartial() {
        if (partial.length() == 0) {
            return null;
        }
        String line = withoutCarriageReturn(partial.toString());
        partial.setLength(0);
        return line;
    }

    public boolean hasPartial() {
        return partial.length() > 0;
    }

    private static String withoutCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
