package chat.server;

import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.NoticeEvent;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.server.support.FramedClient;
import org.junit.jupiter.api.Test;
import chat.server.support.ServerTestBase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every ERROR of the protocol, over real sockets: fatal ones close, non-fatal ones leave the connection usable. */
class ProtocolErrorsTest extends ServerTestBase {

    @Test
    void aFirstFrameOtherThanHelloGetsHelloRequiredAndIsClosed() throws IOException {
        FramedClient client = track(FramedClient.connect(port));
        client.send(new Frame.Say("hi"));
        assertFatal(client, ErrorCode.HELLO_REQUIRED);
        assertThat(server.memberCount()).isZero();
    }

    @Test
    void aLengthAboveMaxFrameIsAnsweredAndClosedWithoutTheBodyBeingSent() throws IOException {
        FramedClient observer = framed("observer");
        FramedClient client = framed("big");
        byte[] header = ByteBuffer.allocate(5).putInt(ProtocolLimits.DEFAULT_MAX_FRAME + 1)
                .put((byte) FrameType.SAY.code()).array();
        client.sendRaw(header);
        assertFatal(client, ErrorCode.FRAME_TOO_LARGE);
        Frame.Notice leave = observer.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.reason()).isEqualTo(LeaveReason.ERROR);
    }

    @Test
    void beforeHelloOnlyAFewKibibytesAreAccepted() throws IOException {
        FramedClient client = track(FramedClient.connect(port));
        client.sendRaw(ByteBuffer.allocate(5).putInt(64 * 1024).put((byte) FrameType.HELLO.code()).array());
        assertFatal(client, ErrorCode.FRAME_TOO_LARGE);
    }

    @Test
    void aLengthOfZeroGetsBadFrameAndIsClosed() throws IOException {
        FramedClient before = track(FramedClient.connect(port));
        before.sendRaw(new byte[4]);
        assertFatal(before, ErrorCode.BAD_FRAME);

        FramedClient member = framed("zero");
        member.sendRaw(new byte[4]);
        assertFatal(member, ErrorCode.BAD_FRAME);
    }

    @Test
    void anUnknownTypeGetsANonFatalErrorAndTheConnectionStillWorks() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        alice.sendRaw(FramedClient.rawFrame(0x7F, "whatever".getBytes(StandardCharsets.UTF_8)));
        Frame.Error error = alice.nextError();
        assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE.wire());
        assertThat(error.fatal()).isFalse();
        alice.say("still here");
        assertThat(bob.nextMessage().text()).isEqualTo("still here");
    }

    @Test
    void invalidTextGetsInvalidTextAndIsNotRelayed() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        List<byte[]> bad = List.of(
                new byte[]{'a', (byte) 0xC3, '('},                 // invalid UTF-8
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate
                new byte[]{(byte) 0xC0, (byte) 0x80},              // overlong NUL
                "bell\u0007".getBytes(StandardCharsets.UTF_8),
                "\u001B[2Jcleared".getBytes(StandardCharsets.UTF_8),
                "del\u007F".getBytes(StandardCharsets.UTF_8),
                "c1\u0085".getBytes(StandardCharsets.UTF_8),
                "cr\r".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                "x".repeat(ProtocolLimits.DEFAULT_MAX_TEXT + 1).getBytes(StandardCharsets.UTF_8));
        for (byte[] text : bad) {
            alice.sendRaw(FramedClient.rawFrame(FrameType.SAY.code(), text));
            Frame.Error error = alice.nextError();
            assertThat(error.code()).isEqualTo(ErrorCode.INVALID_TEXT.wire());
            assertThat(error.fatal()).isFalse();
        }
        alice.sendRaw(FramedClient.rawFrame(FrameType.WHISPER.code(),
                ByteBuffer.allocate(5).putInt(bob.id()).put((byte) 0x1B).array()));
        assertThat(alice.nextError().code()).isEqualTo(ErrorCode.INVALID_TEXT.wire());

        alice.say("tab\tand\nnewline are fine");
        assertThat(bob.nextMessage().text()).isEqualTo("tab\tand\nnewline are fine");
        assertThat(bob.drain()).noneMatch(in -> in.frame() instanceof Frame.Message);
    }

    @Test
    void anotherProtocolVersionGetsUnsupportedProtocol() throws IOException {
        FramedClient client = track(FramedClient.connect(port));
        client.send(new Frame.Hello(2, "future", null, "tests"));
        assertFatal(client, ErrorCode.UNSUPPORTED_PROTOCOL);
    }

    @Test
    void helloThatIsNotJsonGetsBadFrameAndIsClosed() throws IOException {
        FramedClient client = track(FramedClient.connect(port));
        client.sendRaw(FramedClient.rawFrame(FrameType.HELLO.code(), "{\"protocol\": 1, \"nick\":".getBytes()));
        assertFatal(client, ErrorCode.BAD_FRAME);

        FramedClient array = track(FramedClient.connect(port));
        array.sendRaw(FramedClient.rawFrame(FrameType.HELLO.code(), "[1,2]".getBytes()));
        assertFatal(array, ErrorCode.BAD_FRAME);
    }

    @Test
    void helloWithUnknownFieldsIsAccepted() throws IOException {
        FramedClient client = track(FramedClient.connect(port));
        client.sendRaw(FramedClient.rawFrame(FrameType.HELLO.code(),
                "{\"protocol\":1,\"nick\":\"eve\",\"colour\":\"blue\"}".getBytes()));
        Frame.Welcome welcome = (Frame.Welcome) client.next(FrameType.WELCOME).frame();
        assertThat(welcome.you().nick()).isEqualTo("eve");
    }

    @Test
    void aMissingOrWrongPasswordGetsAuthFailedAndTheRightOneJoins() throws IOException {
        try (ChatServer guarded = ChatServer.start(ServerConfig.loopbackEphemeral().withPassword("sésame"))) {
            FramedClient missing = track(FramedClient.connect(guarded.port()));
            missing.send(new Frame.Hello(Protocol.VERSION, "m", null, "tests"));
            assertFatal(missing, ErrorCode.AUTH_FAILED);

            FramedClient wrong = track(FramedClient.connect(guarded.port()));
            wrong.send(new Frame.Hello(Protocol.VERSION, "w", "sesame", "tests"));
            assertFatal(wrong, ErrorCode.AUTH_FAILED);

            FramedClient right = track(FramedClient.join(guarded.port(), "r", "sésame"));
            assertThat(right.me().nick()).isEqualTo("r");
            assertThat(guarded.memberCount()).isEqualTo(1);
        }
    }

    @Test
    void malformedBodiesOfMembersGetNonFatalBadFrame() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        List<byte[]> bad = List.of(
                FramedClient.rawFrame(FrameType.WHISPER.code(), new byte[]{0, 1}),
                FramedClient.rawFrame(FrameType.PING.code(), new byte[Protocol.MAX_PING_BODY + 1]),
                FramedClient.rawFrame(FrameType.WHO.code(), "{offset".getBytes()),
                FramedClient.rawFrame(FrameType.HELLO.code(), "{\"protocol\":1}".getBytes()),
                FramedClient.rawFrame(FrameType.WELCOME.code(), "{}".getBytes()),
                FramedClient.rawFrame(FrameType.MESSAGE.code(), new byte[3]),
                FramedClient.rawFrame(FrameType.IMAGE_BEGIN.code(), "not json".getBytes()),
                FramedClient.rawFrame(FrameType.IMAGE_CHUNK.code(), new byte[2]));
        for (byte[] frame : bad) {
            alice.sendRaw(frame);
            Frame.Error error = alice.nextError();
            assertThat(error.code()).isEqualTo(ErrorCode.BAD_FRAME.wire());
            assertThat(error.fatal()).isFalse();
        }
        alice.say("after all that");
        assertThat(bob.nextMessage().text()).isEqualTo("after all that");
    }

    @Test
    void aFatalErrorOfAMemberTellsTheOthersItLeftWithReasonError() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        bob.sendRaw(new byte[4]);
        assertFatal(bob, ErrorCode.BAD_FRAME);
        Frame.Notice leave = alice.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.member().nick()).isEqualTo("bob");
        assertThat(leave.reason()).isEqualTo(LeaveReason.ERROR);
    }

    private static void assertFatal(FramedClient client, ErrorCode code) {
        Frame.Error error = client.nextError();
        assertThat(error.code()).isEqualTo(code.wire());
        assertThat(error.fatal()).isTrue();
        assertThat(error.message()).isNotBlank();
        await().atMost(FramedClient.WAIT).until(client::isClosedByPeer);
    }
}
