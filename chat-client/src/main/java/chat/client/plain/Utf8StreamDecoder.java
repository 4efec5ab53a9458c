package chat.client.plain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 arriving in pieces: the bytes of a character split across two reads are carried
 * over to the next call instead of being taken as an error. Malformed bytes become U+FFFD.
 * Not thread-safe: one reader thread owns it.
 */
public final class Utf8StreamDecoder {
    /** The most bytes of an unfinished character that can be left over (a 4-byte character less one). */
    private static final int MAX_CARRY = 3;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer carry = ByteBuffer.allocate(MAX_CARRY);

    /** The text of {@code length} more bytes; an unfinished character at the end waits for the next call. */
    public String decode(byte[] bytes, int offset, int length) {
        ByteBuffer in = ByteBuffer.allocate(carry.position() + length);
        carry.flip();
        in.put(carry);
        carry.clear();
        in.put(bytes, offset, length);
        in.flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        carry.put(in);
        return out.flip().toString();
    }

    /** The end of the stream: bytes of an unfinished character become U+FFFD. */
    public String finish() {
        carry.flip();
        CharBuffer out = CharBuffer.allocate(carry.remaining() + 2);
        decoder.decode(carry, out, true);
        decoder.flush(out);
        carry.clear();
        decoder.reset();
        return out.flip().toString();
    }

    /** How many bytes wait for the rest of their character. */
    public int pending() {
        return carry.position();
    }
}
