package chat.server.session;

import chat.core.frame.Frame;
import chat.core.frame.FrameEncoder;
import chat.core.frame.FrameHandler;
import chat.core.frame.FrameParser;
import chat.core.model.LeaveReason;
import chat.core.protocol.BadFrameException;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;
import chat.core.protocol.UnknownFrameTypeException;
import chat.core.text.NickRules;
import chat.server.conn.Connection;
import chat.server.conn.ConnectionState;
import chat.server.image.ImageRelay;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Handles the frames of framed connections: HELLO before anything, then the member's
 * requests. One instance serves every connection; the event loop sets {@link #current}
 * before each decode (single-threaded, so no frame handler is allocated per connection).
 */
public final class FramedSession implements FrameHandler {
    private static final byte[] NO_BYTES = new byte[0];

    private final Relay relay;
    private final ImageRelay images;
    private final ConnectionControl control;
    private final PasswordCheck password;
    private Connection current;

    public FramedSession(Relay relay, ImageRelay images, ConnectionControl control, PasswordCheck password) {
        this.relay = relay;
        this.images = images;
        this.control = control;
        this.password = password;
    }

    public void current(Connection connection) {
        this.current = connection;
    }

    @Override
    public boolean onFrame(int typeCode, ByteBuffer body) throws ProtocolException {
        Connection c = current;
        c.partialSinceMillis = -1; // a whole one arrived: the stall clock restarts with the next partial
        if (c.state() == ConnectionState.AWAITING_HELLO) {
            return hello(c, typeCode, body);
        }
        if (!c.isMember()) {
            return false;
        }
        FrameType type = FrameType.fromCode(typeCode);
        if (type == null) {
            throw new UnknownFrameTypeException(typeCode);
        }
        switch (type) {
            case SAY -> relay.say(c, body);
            case WHISPER -> {
                if (body.remaining() < Protocol.WHISPER_HEADER_BYTES) {
                    throw new BadFrameException("WHISPER body is shorter than its recipient id", false);
                }
                int recipient = body.getInt();
                relay.whisper(c, recipient, body);
            }
            case NICK -> relay.rename(c, strictUtf8(body));
            case WHO -> relay.who(c, ((Frame.Who) FrameParser.parse(typeCode, body)).offset());
            case PING -> {
                if (body.remaining() > Protocol.MAX_PING_BODY) {
                    throw new BadFrameException("PING body longer than " + Protocol.MAX_PING_BODY + " bytes", false);
                }
                byte[] echo = new byte[body.remaining()];
                body.get(echo);
                relay.room().send(c, FrameEncoder.frame(FrameType.PONG, NO_BYTES, echo));
            }
            case PONG, ERROR -> {
                // liveness is already noted: any byte counts
            }
            case BYE -> {
                control.closeAfterFlush(c, LeaveReason.QUIT);
                return false;
            }
            case IMAGE_BEGIN -> images.begin(c, body);
            case IMAGE_CHUNK -> images.chunk(c, body);
            case IMAGE_END -> images.end(c, body);
            case IMAGE_ABORT -> images.abort(c, body);
            case HELLO -> throw new BadFrameException("HELLO was already accepted", false);
            default -> throw new BadFrameException(type + " is sent by servers, not clients", false);
        }
        return c.isOpen();
    }

    private boolean hello(Connection c, int typeCode, ByteBuffer body) throws ProtocolException {
        if (typeCode != FrameType.HELLO.code()) {
            throw new ProtocolException(ErrorCode.HELLO_REQUIRED, true, "the first frame must be HELLO");
        }
        Frame.Hello hello;
        try {
            hello = (Frame.Hello) FrameParser.parse(typeCode, body);
        } catch (BadFrameException e) {
            throw new BadFrameException(e.getMessage(), true);
        }
        if (hello.protocol() != Protocol.VERSION) {
            throw new ProtocolException(ErrorCode.UNSUPPORTED_PROTOCOL, true,
                    "this server speaks protocol " + Protocol.VERSION + ", not " + hello.protocol());
        }
        String refusal = password.refusal(hello.password(), c.address, control.nowMillis());
        if (refusal != null) {
            throw new ProtocolException(ErrorCode.AUTH_FAILED, true, refusal);
        }
        String nick = hello.nick();
        boolean badNick = nick != null && !nick.isEmpty() && !NickRules.isValid(nick);
        boolean joined = relay.join(c, nick == null || nick.isEmpty() || badNick ? null : nick);
        if (joined && badNick) {
            // after WELCOME: before it, an ERROR means the HELLO was refused
            relay.error(c, ErrorCode.BAD_NICK, "a nick is 1 to 32 letters, digits, '_', '-' or '.'; you joined as "
                    + c.nick());
        }
        return false; // the decoder is replaced by one with the full limits
    }

    private static String strictUtf8(ByteBuffer body) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(body);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
