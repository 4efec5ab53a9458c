package chat.client.plain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What ends each line sent in plain-text mode ({@code --eol lf|crlf|none}). */
public enum LineEnding {
    /** {@code \n}, what {@code nc} and most servers expect. */
    LF("\n"),
    /** {@code \r\n}, what the lesson's {@code network.py} sends. */
    CRLF("\r\n"),
    /** Nothing, as classroom scripts send {@code input().encode('utf-8')}. */
    NONE("");

    private final String text;

    LineEnding(String text) {
        this.text = text;
    }

    /** The line with this ending, as UTF-8 bytes. */
    public byte[] encode(String line) {
        return (line + text).getBytes(StandardCharsets.UTF_8);
    }

    /** The option's value: lf, crlf or none, any case. */
    public static LineEnding parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
