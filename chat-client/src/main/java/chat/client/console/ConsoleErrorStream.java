package chat.client.console;

import chat.core.text.TerminalText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that prints each complete line above the prompt, sanitised and faint. Set as
 * {@code System.err} while the console runs, so that the log of an embedded server never writes
 * into the middle of the line being typed.
 */
public final class ConsoleErrorStream extends OutputStream {
    private static final int MAX_LINE_BYTES = 16 * 1024;
    private static final AttributedStyle STYLE = AttributedStyle.DEFAULT.faint();
    private final ConsoleOutput out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    public ConsoleErrorStream(ConsoleOutput out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n' || line.size() >= MAX_LINE_BYTES) {
            flushLine();
            if (b == '\n') {
                return;
            }
        }
        line.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() {
        // lines are printed when complete
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        out.print(new AttributedString(TerminalText.sanitizeLine(text), STYLE));
    }
}
