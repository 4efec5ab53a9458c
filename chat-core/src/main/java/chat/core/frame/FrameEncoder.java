package chat.core.frame;

import chat.core.json.Json;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes frames as length-prefixed bytes. */
public final class FrameEncoder {
    private static final byte[] EMPTY = new byte[0];
    /** sender id, time, flags, nick length, address length */
    private static final int MESSAGE_FIXED_BYTES = 4 + 8 + 1 + 1 + 1;
    private static final int MAX_SHORT_STRING = 255;

    private FrameEncoder() {
    }

    /** The whole frame, ready to write (position 0, limit at its end). */
    public static ByteBuffer encode(Frame frame) {
        if (frame instanceof Frame.Message m) {
            byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
            ByteBuffer out = ByteBuffer.allocate(messageFrameLength(utf8(m.nick()).length, ascii(m.address()).length, text.length));
            writeMessage(out, m.senderId(), m.serverTimeMillis(), m.isPrivate() ? Protocol.FLAG_PRIVATE : 0,
                    utf8(m.nick()), ascii(m.address()), ByteBuffer.wrap(text));
            return out.flip();
        }
        byte[] head = EMPTY;
        byte[] body;
        if (frame instanceof Frame.Ping p) {
            body = p.body();
        } else if (frame instanceof Frame.Pong p) {
            body = p.body();
        } else if (frame instanceof Frame.Nick n) {
            body = utf8(n.nick());
        } else if (frame instanceof Frame.Bye) {
            body = EMPTY;
        } else if (frame instanceof Frame.Say s) {
            body = utf8(s.text());
        } else if (frame instanceof Frame.Whisper w) {
            head = u32(w.recipientId());
            body = utf8(w.text());
        } else if (frame instanceof Frame.ImageChunk c) {
            head = u32((int) c.transfer());
            body = c.data();
        } else if (frame instanceof Frame.ImageEnd e) {
            body = u32((int) e.transfer());
        } else if (frame instanceof Frame.ImageAbort a) {
            head = u32((int) a.transfer());
            body = utf8(a.reason());
        } else {
            body = Json.toBytes(frame);
        }
        return frame(frame.type(), head, body);
    }

    /** A frame of {@code type} whose body is {@code head} then {@code body}. */
    public static ByteBuffer frame(FrameType type, byte[] head, byte[] body) {
        int length = 1 + head.length + body.length;
        ByteBuffer out = ByteBuffer.allocate(Protocol.LENGTH_BYTES + length);
        out.putInt(length).put((byte) type.code()).put(head).put(body);
        return out.flip();
    }

    /** Total bytes, length prefix included, of a MESSAGE frame with these field sizes. */
    public static int messageFrameLength(int nickBytes, int addressBytes, int textBytes) {
        return Protocol.HEADER_BYTES + MESSAGE_FIXED_BYTES + nickBytes + addressBytes + textBytes;
    }

    /**
     * Writes a whole MESSAGE frame into {@code out}: the server builds each relayed message
     * once this way. {@code text} is read from its position to its limit and left unmoved.
     */
    public static void writeMessage(ByteBuffer out, int senderId, long serverTimeMillis, int flags,
                                    byte[] nick, byte[] address, ByteBuffer text) {
        if (nick.length > MAX_SHORT_STRING || address.length > MAX_SHORT_STRING) {
            throw new IllegalArgumentException("nick or address longer than 255 bytes");
        }
        int total = messageFrameLength(nick.length, address.length, text.remaining());
        out.putInt(total - Protocol.LENGTH_BYTES)
                .put((byte) FrameType.MESSAGE.code())
                .putInt(senderId)
                .putLong(serverTimeMillis)
                .put((byte) flags)
                .put((byte) nick.length).put(nick)
                .put((byte) address.length).put(address);
        out.put(out.position(), text, text.position(), text.remaining());
        out.position(out.position() + text.remaining());
    }

    private static byte[] u32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] utf8(String s) {
        return s == null ? EMPTY : s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s == null ? EMPTY : s.getBytes(StandardCharsets.US_ASCII);
    }
}
