package chat.server.session;

import chat.core.line.LineHandler;
import chat.core.model.LeaveReason;
import chat.core.text.TerminalText;
import chat.server.conn.Connection;
import chat.server.conn.ConnectionState;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Handles the lines of line-mode connections ({@code nc}, {@code telnet}, classroom scripts):
 * the password when one is needed, then {@code /commands} and text said to the room.
 * One instance serves every connection; the event loop sets {@link #current} before each decode.
 */
public final class LineSession implements LineHandler {
    private static final List<String> HELP = List.of(
            "Commands:",
            "  /nick NAME        change your nick",
            "  /who              list who is here, with their IP addresses",
            "  /msg NICK TEXT    send TEXT to NICK only",
            "  /quit             leave",
            "  /help             this list",
            "Any other line is said to everyone.");

    private final Relay relay;
    private final ConnectionControl control;
    private final PasswordCheck password;
    private Connection current;

    public LineSession(Relay relay, ConnectionControl control, PasswordCheck password) {
        this.relay = relay;
        this.control = control;
        this.password = password;
    }

    public void current(Connection connection) {
        this.current = connection;
    }

    @Override
    public boolean onLine(ByteBuffer line) {
        Connection c = current;
        c.partialSinceMillis = -1; // a whole one arrived: the stall clock restarts with the next partial
        if (c.state() == ConnectionState.AWAITING_PASSWORD) {
            String refusal = password.refusal(StandardCharsets.UTF_8.decode(line).toString(), c.address,
                    control.nowMillis());
            if (refusal != null) {
                relay.refuse(c, chat.core.protocol.ErrorCode.AUTH_FAILED, refusal);
                return false;
            }
            relay.join(c, null);
            return false; // the decoder is replaced by one with the full limits
        }
        if (!c.isMember()) {
            return false;
        }
        if (!line.hasRemaining()) {
            return true; // an empty line says nothing
        }
        if (line.get(line.position()) == '/') {
            command(c, line);
        } else {
            relay.say(c, line);
        }
        return c.isOpen();
    }

    @Override
    public void onOverlongLine() {
        Connection c = current;
        if (c.isMember()) {
            relay.error(c, chat.core.protocol.ErrorCode.INVALID_TEXT, "line longer than "
                    + relay.config().limits().maxText() + " bytes; it was not sent");
        }
    }

    private void command(Connection c, ByteBuffer line) {
        int nameEnd = indexOf(line, line.position(), (byte) ' ');
        String name = ascii(line, line.position(), nameEnd);
        int argsStart = skipSpaces(line, nameEnd);
        switch (name) {
            case "/nick" -> relay.rename(c, utf8(line, argsStart, line.limit()).strip());
            case "/who", "/names" -> relay.who(c, 0);
            case "/msg", "/w" -> whisper(c, line, argsStart);
            case "/quit", "/exit" -> control.closeAfterFlush(c, LeaveReason.QUIT);
            case "/help", "/?" -> relay.room().send(c, LineRenderer.server(HELP));
            default -> relay.error(c, chat.core.protocol.ErrorCode.BAD_FRAME,
                    "unknown command " + TerminalText.sanitizeLine(name) + "; /help lists the commands");
        }
    }

    private void whisper(Connection c, ByteBuffer line, int argsStart) {
        int nickEnd = indexOf(line, argsStart, (byte) ' ');
        String nick = utf8(line, argsStart, nickEnd);
        int textStart = skipSpaces(line, nickEnd);
        if (nick.isEmpty() || textStart >= line.limit()) {
            relay.error(c, chat.core.protocol.ErrorCode.BAD_FRAME, "usage: /msg NICK TEXT");
            return;
        }
        Connection recipient = relay.room().byNick(nick);
        if (recipient == null) {
            relay.error(c, chat.core.protocol.ErrorCode.NO_SUCH_MEMBER, "nobody here is called " + TerminalText.sanitizeLine(nick));
            return;
        }
        relay.whisperTo(c, recipient, line.slice(textStart, line.limit() - textStart));
    }

    private static int indexOf(ByteBuffer line, int from, byte b) {
        for (int i = from; i < line.limit(); i++) {
            if (line.get(i) == b) {
                return i;
            }
        }
        return line.limit();
    }

    private static int skipSpaces(ByteBuffer line, int from) {
        int i = from;
        while (i < line.limit() && line.get(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String ascii(ByteBuffer line, int from, int to) {
        byte[] bytes = new byte[to - from];
        line.get(from, bytes);
        return new String(bytes, StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
    }

    private static String utf8(ByteBuffer line, int from, int to) {
        byte[] bytes = new byte[Math.max(0, to - from)];
        line.get(from, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
