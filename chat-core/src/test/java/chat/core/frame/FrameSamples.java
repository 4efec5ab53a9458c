package chat.core.frame;

import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.ProtocolLimits;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: one representative frame of every type, and their concatenated encoding. */
final class FrameSamples {
    static final Member ALICE = new Member(7, "alice", "192.168.0.3", MemberMode.FRAMED);
    static final Member BOB = new Member(8, "Élodie", "::1", MemberMode.LINE);

    private FrameSamples() {
    }

    /** At least one frame of each type in {@link chat.core.protocol.FrameType}, NOTICE in every event. */
    static List<Frame> all() {
        return List.of(
                new Frame.Hello(1, "alice", "secret", "chat-client/1.0"),
                new Frame.Hello(1, null, null, null),
                new Frame.Welcome(1, ALICE, 2, List.of(BOB), "Bienvenue !", ProtocolLimits.DEFAULTS),
                Frame.Notice.join(ALICE),
                Frame.Notice.leave(BOB, LeaveReason.TIMEOUT),
                Frame.Notice.nick(ALICE, "guest-7"),
                Frame.Notice.shutdown("server shutting down"),
                Frame.Notice.info("salut"),
                Frame.Notice.presence(List.of(ALICE), List.of(BOB), 37, 2, 412),
                new Frame.Error(ErrorCode.BAD_NICK, "nick is not valid", false),
                new Frame.Error("some_future_code", "later", true),
                new Frame.Ping(new byte[0]),
                new Frame.Ping(new byte[] {0, 1, 2, (byte) 0xFF}),
                new Frame.Pong(new byte[] {9, 8, 7}),
                new Frame.Nick("Élodie"),
                new Frame.Bye(),
                new Frame.Who(0),
                new Frame.Who(500),
                new Frame.Members(0, 2, List.of(ALICE, BOB)),
                new Frame.Say("salut 👋\tça va ?\nligne 2"),
                new Frame.Whisper(8, "psst"),
                new Frame.Whisper(-1, "to id 0xFFFFFFFF"),
                new Frame.Message(7, 1_700_000_000_123L, false, "alice", "192.168.0.3", "hello"),
                new Frame.Message(8, Long.MAX_VALUE, true, "Élodie", "::1", "privé"),
                new Frame.ImageBegin(1, null, null, "chat.png", "image/png", 48_213, "ab".repeat(32)),
                new Frame.ImageBegin(9001, 7, ALICE, "chat.png", "image/png", 48_213, "cd".repeat(32)),
                new Frame.ImageChunk(9001, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new Frame.ImageChunk(0xFFFF_FFFFL, new byte[] {1}),
                new Frame.ImageEnd(9001),
                new Frame.ImageAbort(9001, "sender left"));
    }

    /** Every sample frame encoded, back to back, in one array. */
    static byte[] allEncoded() {
        return concat(all());
    }

    static byte[] concat(List<Frame> frames) {
        List<ByteBuffer> encoded = new ArrayList<>();
        int total = 0;
        for (Frame frame : frames) {
            ByteBuffer bytes = FrameEncoder.encode(frame);
            encoded.add(bytes);
            total += bytes.remaining();
        }
        ByteBuffer out = ByteBuffer.allocate(total);
        encoded.forEach(out::put);
        return out.array();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
