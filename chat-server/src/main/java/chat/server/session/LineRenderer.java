package chat.server.session;

import chat.core.model.LeaveReason;
import chat.core.model.Member;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What line-mode clients see: each message line as {@code IP nick: text}, server lines as
 * {@code *** ...}, every line ending CRLF. Each event becomes one buffer, written in one write.
 */
public final class LineRenderer {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] SAYS = ": ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PRIVATE_SAYS = " (private): ".getBytes(StandardCharsets.US_ASCII);
    private static final String SERVER_PREFIX = "*** ";

    private LineRenderer() {
    }

    /** A message: every line of {@code text} (position to limit, unmoved) prefixed with the sender's address and nick. */
    public static ByteBuffer message(byte[] address, byte[] nick, ByteBuffer text, boolean isPrivate) {
        byte[] says = isPrivate ? PRIVATE_SAYS : SAYS;
        int prefix = address.length + 1 + nick.length + says.length;
        int lines = 1;
        for (int i = text.position(); i < text.limit(); i++) {
            if (text.get(i) == '\n') {
                lines++;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(text.remaining() + lines * (prefix + CRLF.length));
        int start = text.position();
        for (int i = text.position(); i <= text.limit(); i++) {
            if (i == text.limit() || text.get(i) == '\n') {
                out.put(address).put((byte) ' ').put(nick).put(says);
                out.put(out.position(), text, start, i - start);
                out.position(out.position() + i - start);
                out.put(CRLF);
                start = i + 1;
            }
        }
        return out.flip();
    }

    /** One or more server lines, each starting {@code ***}. */
    public static ByteBuffer server(String... lines) {
        return server(List.of(lines));
    }

    public static ByteBuffer server(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes((SERVER_PREFIX + line).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(CRLF);
        }
        return ByteBuffer.wrap(out.toByteArray());
    }

    public static String describe(Member member) {
        return member.address() + " " + member.nick();
    }

    public static String joined(Member member) {
        return describe(member) + " joined";
    }

    public static String left(Member member, LeaveReason reason) {
        return describe(member) + " left (" + reason.name().toLowerCase(Locale.ROOT) + ")";
    }

    public static String renamed(Member member, String previousNick) {
        return member.address() + " " + previousNick + " is now " + member.nick();
    }
}
