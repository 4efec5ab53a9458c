package chat.server.conn;

import chat.core.frame.FrameDecoder;
import chat.core.line.LineDecoder;
import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.model.MemberMode;

import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One client connection: its channel, its state, the decoder for its mode, and the bytes it
 * is owed. Owned by the event loop thread; plain fields, no locking.
 */
public final class Connection {
    public final SocketChannel channel;
    public final SelectionKey key;
    public final String address;
    public final byte[] addressBytes;
    public final long acceptedAtMillis;
    public final OutboundQueue outbound = new OutboundQueue();

    private ConnectionState state = ConnectionState.DETECTING;
    private MemberMode mode;
    private FrameDecoder frameDecoder;
    private LineDecoder lineDecoder;

    private int id;
    private String nick;
    private byte[] nickBytes;
    private Member member;

    /** Last time any byte arrived. */
    public long lastReceivedMillis;
    /** Since when an incomplete frame or line has been held; -1 when none is. */
    public long partialSinceMillis = -1;
    /** Why this connection will be refused once its mode is known, or null. */
    public String refusal;
    /** When the unsent bytes first went above the soft limit; -1 while below. */
    public long aboveSoftLimitSinceMillis = -1;
    /** A PING has been sent for the current idle period. */
    public boolean idlePingSent;
    /** Reads are paused while the image recipients of this sender catch up. */
    public boolean readingPaused;
    /** Bytes this connection holds (unsent and incomplete input) as last counted in the server's total. */
    public long accountedBytes;
    /** Bytes read in this loop turn, against the per-turn read budget. */
    public int readThisTurn;
    /** Queued for a write before the loop next sleeps. */
    public boolean writePending;
    /** Why it is closing, once it is. */
    public LeaveReason closeReason;
    /** When a CLOSING connection is closed even if it still owes bytes. */
    public long closeDeadlineMillis;
    /** Rate limiting: start of the current one-second window and messages in it. */
    public long rateWindowStartMillis;
    public int rateWindowCount;

    public Connection(SocketChannel channel, SelectionKey key, String address, long nowMillis) {
        this.channel = channel;
        this.key = key;
        this.address = address;
        this.addressBytes = address.getBytes(StandardCharsets.US_ASCII);
        this.acceptedAtMillis = nowMillis;
        this.lastReceivedMillis = nowMillis;
    }

    public ConnectionState state() {
        return state;
    }

    public void state(ConnectionState newState) {
        this.state = newState;
    }

    public boolean isMember() {
        return state == ConnectionState.MEMBER;
    }

    public boolean isOpen() {
        return state != ConnectionState.CLOSING && state != ConnectionState.CLOSED;
    }

    public MemberMode mode() {
        return mode;
    }

    /** Fixes the mode once the first byte (or its absence) has told it. */
    public void becomeFramed(int preJoinMaxFrame) {
        mode = MemberMode.FRAMED;
        frameDecoder = new FrameDecoder(preJoinMaxFrame);
    }

    public void becomeLine(int preJoinMaxLine) {
        mode = MemberMode.LINE;
        lineDecoder = new LineDecoder(preJoinMaxLine);
    }

    /** After joining, the full limits apply; safe because the pre-join decoder holds no partial data. */
    public void widenLimits(int maxFrame, int maxText) {
        if (mode == MemberMode.FRAMED) {
            frameDecoder = new FrameDecoder(maxFrame);
        } else {
            lineDecoder = new LineDecoder(maxText);
        }
    }

    public FrameDecoder frameDecoder() {
        return frameDecoder;
    }

    public LineDecoder lineDecoder() {
        return lineDecoder;
    }

    /** Bytes held for an incomplete frame or line. */
    public int bufferedInputBytes() {
        if (frameDecoder != null) {
            return frameDecoder.bufferedBytes();
        }
        return lineDecoder == null ? 0 : lineDecoder.bufferedBytes();
    }

    public boolean hasPartialInput() {
        return (frameDecoder != null && frameDecoder.hasPartialFrame())
                || (lineDecoder != null && lineDecoder.hasPendingLine());
    }

    public void assignIdentity(int memberId, String memberNick) {
        this.id = memberId;
        rename(memberNick);
    }

    public void rename(String newNick) {
        this.nick = newNick;
        this.nickBytes = newNick.getBytes(StandardCharsets.UTF_8);
        this.member = new Member(id, newNick, address, mode);
    }

    public int id() {
        return id;
    }

    public String nick() {
        return nick;
    }

    public byte[] nickBytes() {
        return nickBytes;
    }

    public Member member() {
        return member;
    }

    @Override
    public String toString() {
        return nick == null ? address : address + " " + nick;
    }
}
