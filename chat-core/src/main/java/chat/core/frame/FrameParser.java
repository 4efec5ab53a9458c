package chat.core.frame;

import chat.core.json.Json;
import chat.core.protocol.BadFrameException;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.UnknownFrameTypeException;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Turns a frame's type code and body bytes into a {@link Frame}. Malformed bodies are non-fatal {@link BadFrameException}s. */
public final class FrameParser {

    private FrameParser() {
    }

    public static Frame parse(int typeCode, ByteBuffer body) throws UnknownFrameTypeException, BadFrameException {
        FrameType type = FrameType.fromCode(typeCode);
        if (type == null) {
            throw new UnknownFrameTypeException(typeCode);
        }
        try {
            return switch (type) {
                case HELLO -> json(body, Frame.Hello.class);
                case WELCOME -> json(body, Frame.Welcome.class);
                case NOTICE -> json(body, Frame.Notice.class);
                case ERROR -> json(body, Frame.Error.class);
                case PING -> new Frame.Ping(pingBody(body));
                case PONG -> new Frame.Pong(pingBody(body));
                case NICK -> new Frame.Nick(text(body));
                case BYE -> new Frame.Bye();
                case WHO -> who(body);
                case MEMBERS -> json(body, Frame.Members.class);
                case SAY -> new Frame.Say(text(body));
                case WHISPER -> new Frame.Whisper(body.getInt(), text(body));
                case MESSAGE -> message(body);
                case IMAGE_BEGIN -> json(body, Frame.ImageBegin.class);
                case IMAGE_CHUNK -> new Frame.ImageChunk(transferId(body), bytes(body));
                case IMAGE_END -> new Frame.ImageEnd(transferId(body));
                case IMAGE_ABORT -> new Frame.ImageAbort(transferId(body), text(body));
            };
        } catch (BufferUnderflowException e) {
            throw new BadFrameException(type + " body is too short", false);
        }
    }

    /** A WHO body as sent: its offset is optional and defaults to 0, as is the body itself. */
    record WhoBody(Integer offset) {
    }

    private static Frame.Who who(ByteBuffer body) throws BadFrameException {
        if (!body.hasRemaining()) {
            return new Frame.Who(0);
        }
        Integer offset = json(body, WhoBody.class).offset();
        return new Frame.Who(offset == null ? 0 : offset);
    }

    /** The u32 transfer id at the body's position. */
    public static long transferId(ByteBuffer body) {
        return Integer.toUnsignedLong(body.getInt());
    }

    private static Frame.Message message(ByteBuffer body) {
        int sender = body.getInt();
        long time = body.getLong();
        int flags = body.get() & 0xFF;
        String nick = shortString(body, StandardCharsets.UTF_8);
        String address = shortString(body, StandardCharsets.US_ASCII);
        return new Frame.Message(sender, time, (flags & Protocol.FLAG_PRIVATE) != 0, nick, address, text(body));
    }

    private static String shortString(ByteBuffer body, java.nio.charset.Charset charset) {
        int length = body.get() & 0xFF;
        byte[] bytes = new byte[length];
        body.get(bytes);
        return new String(bytes, charset);
    }

    private static byte[] pingBody(ByteBuffer body) throws BadFrameException {
        if (body.remaining() > Protocol.MAX_PING_BODY) {
            throw new BadFrameException("PING body longer than " + Protocol.MAX_PING_BODY + " bytes", false);
        }
        return bytes(body);
    }

    private static byte[] bytes(ByteBuffer body) {
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        return bytes;
    }

    private static String text(ByteBuffer body) {
        return new String(bytes(body), StandardCharsets.UTF_8);
    }

    private static <T> T json(ByteBuffer body, Class<T> type) throws BadFrameException {
        try {
            T value;
            if (body.hasArray()) {
                value = Json.mapper().readValue(body.array(), body.arrayOffset() + body.position(), body.remaining(), type);
            } else {
                value = Json.mapper().readValue(bytes(body), type);
            }
            if (value == null) {
                throw new BadFrameException(type.getSimpleName() + " body is null", false);
            }
            return value;
        } catch (IOException e) {
            throw new BadFrameException("bad JSON in " + type.getSimpleName() + " body: " + firstLine(e.getMessage()), false);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
