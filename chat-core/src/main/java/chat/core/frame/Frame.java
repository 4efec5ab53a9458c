package chat.core.frame;

import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.model.NoticeEvent;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.ProtocolLimits;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Arrays;
import java.util.List;

/** One frame of protocol version 1, parsed. Each record is one frame type; JSON bodies are the records themselves. */
public sealed interface Frame {

    @JsonIgnore
    FrameType type();

    /** c→s: the first frame of a framed client. */
    record Hello(int protocol, String nick, String password, String client) implements Frame {
        public FrameType type() {
            return FrameType.HELLO;
        }
    }

    /** s→c: the accepted HELLO's answer. */
    record Welcome(int protocol, Member you, int memberCount, List<Member> members, String motd,
                   ProtocolLimits limits) implements Frame {
        public FrameType type() {
            return FrameType.WELCOME;
        }
    }

    /** s→c: something happened in the room. Fields not used by an event are null. */
    record Notice(NoticeEvent event, Member member, LeaveReason reason, String previousNick, String text,
                  List<Member> joined, List<Member> left, Integer joinedCount, Integer leftCount,
                  Integer memberCount) implements Frame {
        public FrameType type() {
            return FrameType.NOTICE;
        }

        public static Notice join(Member member) {
            return new Notice(NoticeEvent.JOIN, member, null, null, null, null, null, null, null, null);
        }

        public static Notice leave(Member member, LeaveReason reason) {
            return new Notice(NoticeEvent.LEAVE, member, reason, null, null, null, null, null, null, null);
        }

        public static Notice nick(Member member, String previousNick) {
            return new Notice(NoticeEvent.NICK, member, null, previousNick, null, null, null, null, null, null);
        }

        public static Notice shutdown(String text) {
            return new Notice(NoticeEvent.SHUTDOWN, null, null, null, text, null, null, null, null, null);
        }

        public static Notice info(String text) {
            return new Notice(NoticeEvent.INFO, null, null, null, text, null, null, null, null, null);
        }

        public static Notice presence(List<Member> joined, List<Member> left, int joinedCount, int leftCount,
                                      int memberCount) {
            return new Notice(NoticeEvent.PRESENCE, null, null, null, null, joined, left, joinedCount, leftCount,
                    memberCount);
        }
    }

    /** both: something went wrong. */
    record Error(String code, String message, boolean fatal) implements Frame {
        public Error(ErrorCode code, String message, boolean fatal) {
            this(code.wire(), message, fatal);
        }

        public FrameType type() {
            return FrameType.ERROR;
        }

        /** The known code, or {@code null} for a code this version does not know. */
        public ErrorCode knownCode() {
            return ErrorCode.fromWire(code);
        }
    }

    /** both: asks for a PONG with the same body (0..64 bytes). */
    record Ping(byte[] body) implements Frame {
        public FrameType type() {
            return FrameType.PING;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ping p && Arrays.equals(body, p.body);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(body);
        }
    }

    /** both: answers a PING. */
    record Pong(byte[] body) implements Frame {
        public FrameType type() {
            return FrameType.PONG;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pong p && Arrays.equals(body, p.body);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(body);
        }
    }

    /** c→s: change my nick. */
    record Nick(String nick) implements Frame {
        public FrameType type() {
            return FrameType.NICK;
        }
    }

    /** c→s: I am leaving. */
    record Bye() implements Frame {
        public FrameType type() {
            return FrameType.BYE;
        }
    }

    /** c→s: list members from {@code offset}. */
    record Who(int offset) implements Frame {
        public FrameType type() {
            return FrameType.WHO;
        }
    }

    /** s→c: one page of the member list. */
    record Members(int offset, int total, List<Member> members) implements Frame {
        public FrameType type() {
            return FrameType.MEMBERS;
        }
    }

    /** c→s: say this to the room. */
    record Say(String text) implements Frame {
        public FrameType type() {
            return FrameType.SAY;
        }
    }

    /** c→s: say this to one member. */
    record Whisper(int recipientId, String text) implements Frame {
        public FrameType type() {
            return FrameType.WHISPER;
        }
    }

    /** s→c: a relayed SAY or WHISPER. */
    record Message(int senderId, long serverTimeMillis, boolean isPrivate, String nick, String address,
                   String text) implements Frame {
        public FrameType type() {
            return FrameType.MESSAGE;
        }
    }

    /**
     * both: an image transfer starts. {@code from} and {@code sender} are set only by the server.
     */
    record ImageBegin(long transfer, Integer from, Member sender, String name, String mime, long size,
                      String sha256) implements Frame {
        public FrameType type() {
            return FrameType.IMAGE_BEGIN;
        }
    }

    /** both: the next bytes of a transfer. */
    record ImageChunk(long transfer, byte[] data) implements Frame {
        public FrameType type() {
            return FrameType.IMAGE_CHUNK;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ImageChunk c && transfer == c.transfer && Arrays.equals(data, c.data);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(transfer) * 31 + Arrays.hashCode(data);
        }
    }

    /** both: a transfer is complete. */
    record ImageEnd(long transfer) implements Frame {
        public FrameType type() {
            return FrameType.IMAGE_END;
        }
    }

    /** both: a transfer is abandoned. */
    record ImageAbort(long transfer, String reason) implements Frame {
        public FrameType type() {
            return FrameType.IMAGE_ABORT;
        }
    }
}
