package chat.server.session;

import chat.core.frame.Frame;
import chat.core.frame.FrameEncoder;
import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;
import chat.core.text.NickRules;
import chat.core.text.TextRules;
import chat.core.text.TextViolation;
import chat.server.ServerConfig;
import chat.server.conn.Connection;
import chat.server.conn.ConnectionState;
import chat.server.log.EventLog;
import chat.server.room.PresenceBatcher;
import chat.server.room.Room;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The room's protocol actions, the same for framed and line members: join, leave, say,
 * whisper, rename, list, and the notices they cause. Each relayed frame is encoded once
 * (and rendered once for line members) and the same bytes are queued to every recipient.
 */
public final class Relay {
    private static final int MAX_WHO_LINES = 500;

    private final Room room;
    private final ServerConfig config;
    private final EventLog log;
    private final ConnectionControl control;
    private final PresenceBatcher presence = new PresenceBatcher();
    private boolean shuttingDown;

    public Relay(Room room, ServerConfig config, EventLog log, ConnectionControl control) {
        this.room = room;
        this.config = config;
        this.log = log;
        this.control = control;
    }

    public Room room() {
        return room;
    }

    public ServerConfig config() {
        return config;
    }

    /**
     * Makes {@code c} a member with {@code wantedNick} (null: a guest nick; taken: the first free
     * {@code nick-N}); welcomes it and announces it. Returns false if the room is full.
     */
    public boolean join(Connection c, String wantedNick) {
        if (room.size() >= config.maxClients()) {
            refuse(c, ErrorCode.SERVER_FULL, "the room is full (" + config.maxClients() + " members)");
            return false;
        }
        int id = room.allocateId();
        c.assignIdentity(id, room.freeNick(wantedNick, id));
        c.widenLimits(config.limits().maxFrame(), config.limits().maxText());
        c.state(ConnectionState.MEMBER);
        List<Member> others = room.page(0, Protocol.MAX_MEMBERS_IN_WELCOME, null);
        room.add(c);
        welcome(c, others);
        log.info("join " + c.address + " " + c.nick() + " (" + modeName(c) + ", id " + id + ", " + members(room.size())
                + ")");
        announceJoin(c);
        return true;
    }

    private void welcome(Connection c, List<Member> others) {
        if (c.mode() == MemberMode.FRAMED) {
            Frame.Welcome welcome = new Frame.Welcome(Protocol.VERSION, c.member(), room.size(), others,
                    config.motd(), config.limits());
            room.send(c, FrameEncoder.encode(welcome));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Welcome! You are " + c.nick() + " (" + c.address + "). " + room.size() + " member"
                + (room.size() == 1 ? "" : "s") + " here" + (others.isEmpty() ? "." : ": " + nickList(others)
                + (room.size() - 1 > others.size() ? ", ..." : "") + "."));
        if (!config.motd().isEmpty()) {
            for (String motdLine : config.motd().split("\n")) {
                lines.add(motdLine);
            }
        }
        lines.add("Type a line to talk to everyone; /help lists the commands.");
        room.send(c, LineRenderer.server(lines));
    }

    private static String nickList(List<Member> members) {
        StringBuilder out = new StringBuilder();
        for (Member m : members) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(m.nick());
        }
        return out.toString();
    }

    private void announceJoin(Connection c) {
        // while a summary is pending, later joins and leaves join it, so no notice overtakes it
        if (room.size() > Protocol.PRESENCE_SUMMARY_THRESHOLD || presence.hasPending()) {
            presence.joined(c.member());
            return;
        }
        room.broadcast(FrameEncoder.encode(Frame.Notice.join(c.member())),
                lineOrNull(() -> LineRenderer.server(LineRenderer.joined(c.member()))), c);
    }

    /** Removes a member (if it was one) and tells the others. */
    public void leave(Connection c, LeaveReason reason) {
        if (c.id() == 0 || room.byId(c.id()) != c) {
            return;
        }
        room.remove(c);
        if (shuttingDown) {
            return; // everyone is leaving: nobody needs to hear of each departure
        }
        log.info("leave " + c.address + " " + c.nick() + " (" + reason.name().toLowerCase(java.util.Locale.ROOT) + ", "
                + members(room.size()) + ")");
        if (room.size() >= Protocol.PRESENCE_SUMMARY_THRESHOLD || presence.hasPending()) {
            presence.left(c.member());
            return;
        }
        room.broadcast(FrameEncoder.encode(Frame.Notice.leave(c.member(), reason)),
                lineOrNull(() -> LineRenderer.server(LineRenderer.left(c.member(), reason))), null);
    }

    /** Sends the presence summary if joins or leaves were batched; returns whether it did. At most once a second. */
    public boolean flushPresence() {
        if (!presence.hasPending()) {
            return false;
        }
        Frame.Notice notice = presence.drain(room.size());
        room.broadcast(FrameEncoder.encode(notice), lineOrNull(() -> LineRenderer.server(
                notice.joinedCount() + " joined, " + notice.leftCount() + " left (" + notice.memberCount()
                        + " members)")), null);
        return true;
    }

    /** Relays {@code text} (position to limit) from {@code sender} to everyone else. */
    public void say(Connection sender, ByteBuffer text) {
        if (!checkText(sender, text) || !withinRate(sender)) {
            return;
        }
        ByteBuffer line = room.hasLineMembers()
                ? LineRenderer.message(sender.addressBytes, sender.nickBytes(), text, false) : null;
        room.broadcastMessage(sender, text, line);
    }

    /** Relays {@code text} from {@code sender} to one member. */
    public void whisper(Connection sender, int recipientId, ByteBuffer text) {
        Connection recipient = room.byId(recipientId);
        if (recipient == null) {
            error(sender, ErrorCode.NO_SUCH_MEMBER, "no member has id " + Integer.toUnsignedString(recipientId));
            return;
        }
        whisperTo(sender, recipient, text);
    }

    public void whisperTo(Connection sender, Connection recipient, ByteBuffer text) {
        if (!checkText(sender, text) || !withinRate(sender)) {
            return;
        }
        if (recipient.mode() == MemberMode.FRAMED) {
            room.sendMessage(sender, recipient, text, Protocol.FLAG_PRIVATE);
        } else {
            room.send(recipient, LineRenderer.message(sender.addressBytes, sender.nickBytes(), text, true));
        }
    }

    private boolean checkText(Connection sender, ByteBuffer text) {
        TextViolation violation = TextRules.find(text, config.limits().maxText());
        if (violation == null) {
            return true;
        }
        error(sender, ErrorCode.INVALID_TEXT, violation.message());
        return false;
    }

    private boolean withinRate(Connection sender) {
        int limit = config.rateLimitPerSecond();
        if (limit <= 0) {
            return true;
        }
        long now = control.nowMillis();
        if (now - sender.rateWindowStartMillis >= 1000) {
            sender.rateWindowStartMillis = now;
            sender.rateWindowCount = 0;
        }
        if (++sender.rateWindowCount <= limit) {
            return true;
        }
        if (sender.rateWindowCount == limit + 1) {
            error(sender, ErrorCode.RATE_LIMITED, "slow down: at most " + limit
                    + " messages a second; this one was not sent");
        }
        return false;
    }

    /** Changes a member's nick, or answers why not. */
    public void rename(Connection c, String newNick) {
        if (!NickRules.isValid(newNick)) {
            error(c, ErrorCode.BAD_NICK, "a nick is 1 to 32 letters, digits, '_', '-' or '.'");
            return;
        }
        if (!room.isNickFree(newNick, c)) {
            error(c, ErrorCode.NICK_TAKEN, "the nick " + newNick + " is taken");
            return;
        }
        if (newNick.equals(c.nick())) {
            return;
        }
        // a pending summary may name this member under its old nick: it goes out first
        flushPresence();
        String previous = c.nick();
        room.rename(c, newNick);
        log.info("nick " + c.address + " " + previous + " -> " + newNick);
        room.broadcast(FrameEncoder.encode(Frame.Notice.nick(c.member(), previous)),
                lineOrNull(() -> LineRenderer.server(LineRenderer.renamed(c.member(), previous))), null);
    }

    /** Answers WHO with one page of members from {@code offset}. */
    public void who(Connection c, int offset) {
        if (c.mode() == MemberMode.FRAMED) {
            int from = Math.max(0, offset);
            List<Member> page = new ArrayList<>();
            int index = 0;
            for (Connection m : room.members()) {
                if (index++ >= from) {
                    page.add(m.member());
                    if (page.size() == Protocol.MAX_MEMBERS_PER_FRAME) {
                        break;
                    }
                }
            }
            room.send(c, FrameEncoder.encode(new Frame.Members(from, room.size(), page)));
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(room.size() + " member" + (room.size() == 1 ? "" : "s") + ":");
        int shown = 0;
        for (Connection m : room.members()) {
            if (shown++ == MAX_WHO_LINES) {
                lines.add("  ... and " + (room.size() - MAX_WHO_LINES) + " more");
                break;
            }
            lines.add("  " + m.nick() + " " + m.address + (m == c ? " (you)" : ""));
        }
        room.send(c, LineRenderer.server(lines));
    }

    /** A non-fatal error to one connection. */
    public void error(Connection c, ErrorCode code, String message) {
        send(c, code, message, false);
    }

    /** Answers a protocol violation; a fatal one closes the connection once the ERROR is flushed. */
    public void reject(Connection c, ProtocolException e) {
        send(c, e.code(), e.getMessage(), e.fatal());
        if (e.fatal()) {
            log.warn("protocol error from " + c + ": " + e.code().wire() + " " + e.getMessage());
            control.closeAfterFlush(c, LeaveReason.ERROR);
        }
    }

    /** A fatal refusal: the ERROR (or line), then close. */
    public void refuse(Connection c, ErrorCode code, String message) {
        send(c, code, message, true);
        log.info("refused " + c.address + ": " + code.wire() + " " + message);
        control.closeAfterFlush(c, LeaveReason.ERROR);
    }

    private void send(Connection c, ErrorCode code, String message, boolean fatal) {
        if (c.mode() == MemberMode.LINE) {
            room.send(c, LineRenderer.server("error: " + message));
        } else {
            room.send(c, FrameEncoder.encode(new Frame.Error(code, message, fatal)));
        }
    }

    /** From now on members leave without notices: the shutdown notice said it all. */
    public void shuttingDown() {
        shuttingDown = true;
    }

    /** Tells everyone the server is going away. */
    public void announceShutdown(String text) {
        room.broadcast(FrameEncoder.encode(Frame.Notice.shutdown(text)),
                lineOrNull(() -> LineRenderer.server(text)), null);
    }

    /** An image finished: line members get one line naming who sent what. */
    public void announceImageToLineMembers(Connection sender, String name, long size) {
        if (!room.hasLineMembers()) {
            return;
        }
        String line = sender.address + " " + sender.nick() + " sent an image: "
                + chat.core.text.TerminalText.sanitizeLine(name) + " (" + chat.core.image.ByteSize.format(size) + ")\r\n";
        room.broadcast(null, ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), sender);
    }

    private ByteBuffer lineOrNull(java.util.function.Supplier<ByteBuffer> render) {
        return room.hasLineMembers() ? render.get() : null;
    }

    private static String members(int count) {
        return count + (count == 1 ? " member" : " members");
    }

    private static String modeName(Connection c) {
        return c.mode() == MemberMode.FRAMED ? "framed" : "line";
    }
}
