package chat.client.console;

import chat.client.Messages;
import chat.client.net.HostPort;
import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.text.TerminalText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns frames and local events into the lines the console prints. Everything that came from
 * the network goes through {@link TerminalText}: no escape sequence from another member reaches
 * the terminal. A multi-line text becomes one line per text line, each with the same prefix.
 */
public final class Renderer {
    static final String NOTICE_PREFIX = "*** ";
    static final String ERROR_PREFIX = "!!! ";
    private static final int[] NICK_COLOURS = {
        AttributedStyle.BLUE, AttributedStyle.MAGENTA, AttributedStyle.CYAN, AttributedStyle.YELLOW,
        AttributedStyle.GREEN};
    private static final AttributedStyle ADDRESS = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle OWN = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle PRIVATE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle NOTICE = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle STATUS = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle TIME = AttributedStyle.DEFAULT.faint();
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final boolean timestamps;
    private final Clock clock;
    private volatile MessageLayout layout;

    public Renderer(boolean timestamps, Clock clock) {
        this.timestamps = timestamps;
        this.clock = clock;
    }

    public Renderer(boolean timestamps) {
        this(timestamps, Clock.systemDefaultZone());
    }

    /** Lays out chat messages with {@code value} from now on (null: the built-in layout). */
    public void setLayout(MessageLayout value) {
        layout = value;
    }

    /** {@code IP nick: text}, or {@code IP nick (private): text} for a whisper (or the layout's lines). */
    public List<AttributedString> message(Frame.Message message) {
        MessageLayout current = layout;
        if (current != null) {
            return current.received(message);
        }
        AttributedStringBuilder prefix = new AttributedStringBuilder();
        time(prefix, message.serverTimeMillis());
        prefix.styled(ADDRESS, TerminalText.sanitizeLine(message.address())).append(' ');
        prefix.styled(nickStyle(message.nick()), TerminalText.sanitizeLine(message.nick()));
        if (message.isPrivate()) {
            prefix.append(' ').styled(PRIVATE, Messages.get("render.private"));
        }
        prefix.append(": ");
        return lines(prefix.toAttributedString(), message.text(), message.isPrivate() ? PRIVATE : AttributedStyle.DEFAULT);
    }

    /** What we said to the room, echoed locally: {@code nick (you): text}. */
    public List<AttributedString> ownSay(String nick, String text) {
        MessageLayout current = layout;
        if (current != null) {
            return current.own(nick, text);
        }
        AttributedStringBuilder prefix = new AttributedStringBuilder();
        time(prefix, clock.millis());
        prefix.styled(OWN, TerminalText.sanitizeLine(nick)).append(' ')
                .styled(ADDRESS, Messages.get("render.you")).append(": ");
        return lines(prefix.toAttributedString(), text, AttributedStyle.DEFAULT);
    }

    /** A line we sent to a plain text server, echoed locally: {@code > text}. */
    public List<AttributedString> ownPlain(String text) {
        AttributedStringBuilder prefix = new AttributedStringBuilder();
        time(prefix, clock.millis());
        prefix.styled(OWN, "> ");
        return lines(prefix.toAttributedString(), text, AttributedStyle.DEFAULT);
    }

    /** What we whispered, echoed locally: {@code → bob (private): text}. */
    public List<AttributedString> ownWhisper(String toNick, String text) {
        AttributedStringBuilder prefix = new AttributedStringBuilder();
        time(prefix, clock.millis());
        prefix.styled(OWN, "→ " + TerminalText.sanitizeLine(toNick)).append(' ')
                .styled(PRIVATE, Messages.get("render.private")).append(": ");
        return lines(prefix.toAttributedString(), text, PRIVATE);
    }

    /** Joins, leaves, nick changes, server information, shutdown and presence summaries. */
    public List<AttributedString> notice(Frame.Notice notice) {
        if (notice.event() == null) {
            return List.of();
        }
        String text = switch (notice.event()) {
            case JOIN -> Messages.get("notice.join", nick(notice.member()), address(notice.member()));
            case LEAVE -> Messages.get("notice.leave", nick(notice.member()), address(notice.member()),
                    reason(notice.reason()));
            case NICK -> Messages.get("notice.nick", TerminalText.sanitizeLine(notice.previousNick()),
                    nick(notice.member()));
            case INFO -> TerminalText.sanitizeLine(notice.text());
            case SHUTDOWN -> Messages.get("notice.shutdown", TerminalText.sanitizeLine(notice.text()));
            case PRESENCE -> presence(notice);
            case UNKNOWN -> null;
        };
        if (text == null) {
            return List.of();
        }
        return List.of(styled(notice.event() == chat.core.model.NoticeEvent.SHUTDOWN ? STATUS : NOTICE,
                NOTICE_PREFIX + text));
    }

    /** An ERROR from the server, in red. */
    public List<AttributedString> error(Frame.Error error) {
        String text = Messages.get("error.server", TerminalText.sanitizeLine(error.code()),
                TerminalText.sanitizeLine(error.message()));
        return List.of(styled(ERROR, ERROR_PREFIX + text));
    }

    /** The greeting after WELCOME, then the message of the day (one line per line). */
    public List<AttributedString> welcome(Frame.Welcome welcome, HostPort server) {
        List<AttributedString> out = new ArrayList<>();
        out.add(styled(NOTICE, NOTICE_PREFIX + Messages.get("welcome.joined", server.toString(),
                nick(welcome.you()), welcome.memberCount())));
        if (welcome.motd() != null && !welcome.motd().isEmpty()) {
            for (String line : TerminalText.sanitizeLines(welcome.motd())) {
                out.add(styled(NOTICE, NOTICE_PREFIX + line));
            }
        }
        return out;
    }

    /** The heading of a /who answer. */
    public AttributedString whoHeading(int total) {
        return styled(NOTICE, NOTICE_PREFIX + Messages.get("who.heading", total));
    }

    /** One member of a /who answer: nick, IP and mode; us marked. */
    public AttributedString whoRow(Member member, boolean isYou) {
        AttributedStringBuilder row = new AttributedStringBuilder();
        row.styled(NOTICE, NOTICE_PREFIX + "  ");
        row.styled(isYou ? OWN : nickStyle(member.nick()), nick(member)).append(' ');
        row.styled(ADDRESS, address(member));
        if (member.mode() != null && member.mode() == chat.core.model.MemberMode.LINE) {
            row.append(' ').styled(ADDRESS, Messages.get("who.line"));
        }
        if (isYou) {
            row.append(' ').styled(ADDRESS, Messages.get("render.you"));
        }
        return row.toAttributedString();
    }

    /** A line about the link or a command, from this client (connecting, lost, reconnecting...). */
    public AttributedString status(String text) {
        return stamped(STATUS, NOTICE_PREFIX + text);
    }

    /** A local problem: a refused command, a message that could not be sent. */
    public AttributedString problem(String text) {
        return stamped(ERROR, ERROR_PREFIX + text);
    }

    /** Plain help text. */
    public AttributedString plain(String text) {
        return new AttributedString(text);
    }

    private AttributedString stamped(AttributedStyle style, String text) {
        AttributedStringBuilder line = new AttributedStringBuilder();
        time(line, clock.millis());
        return line.styled(style, text).toAttributedString();
    }

    private AttributedString styled(AttributedStyle style, String text) {
        return stamped(style, text);
    }

    private List<AttributedString> lines(AttributedString prefix, String text, AttributedStyle style) {
        List<AttributedString> out = new ArrayList<>();
        for (String line : TerminalText.sanitizeLines(text)) {
            out.add(new AttributedStringBuilder().append(prefix).styled(style, line).toAttributedString());
        }
        return out;
    }

    private void time(AttributedStringBuilder line, long epochMillis) {
        if (timestamps) {
            ZoneId zone = clock.getZone();
            line.styled(TIME, TIME_FORMAT.format(Instant.ofEpochMilli(epochMillis).atZone(zone))).append(' ');
        }
    }

    private String presence(Frame.Notice notice) {
        List<String> parts = new ArrayList<>();
        if (notice.joinedCount() != null && notice.joinedCount() > 0) {
            parts.add(Messages.get("notice.presence.joined", notice.joinedCount(), names(notice.joined())));
        }
        if (notice.leftCount() != null && notice.leftCount() > 0) {
            parts.add(Messages.get("notice.presence.left", notice.leftCount(), names(notice.left())));
        }
        String summary = String.join(", ", parts);
        int count = notice.memberCount() == null ? 0 : notice.memberCount();
        return Messages.get("notice.presence", summary, count);
    }

    private static String names(List<Member> members) {
        if (members == null || members.isEmpty()) {
            return "";
        }
        return members.stream().map(Renderer::nick).collect(Collectors.joining(" "));
    }

    private static String reason(LeaveReason reason) {
        LeaveReason value = reason == null ? LeaveReason.OTHER : reason;
        return Messages.get("reason." + value.name().toLowerCase(Locale.ROOT));
    }

    private static String nick(Member member) {
        return member == null ? "?" : TerminalText.sanitizeLine(member.nick());
    }

    private static String address(Member member) {
        return member == null ? "?" : TerminalText.sanitizeLine(member.address());
    }

    private static AttributedStyle nickStyle(String nick) {
        int hash = nick == null ? 0 : nick.toLowerCase(Locale.ROOT).hashCode();
        return AttributedStyle.BOLD.foreground(NICK_COLOURS[Math.floorMod(hash, NICK_COLOURS.length)]);
    }
}
