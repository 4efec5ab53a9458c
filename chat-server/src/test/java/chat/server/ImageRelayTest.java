package chat.server;

import chat.core.frame.Frame;
import chat.core.image.ByteSize;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.server.support.FramedClient;
import chat.server.support.Images;
import chat.server.support.LineClient;
import chat.server.support.ServerTestBase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static chat.server.ChatRoomTest.nextMessageLine;
import static org.assertj.core.api.Assertions.assertThat;

/** Images streamed through the server: relayed intact, verified on the way, aborted when anything is wrong. */
class ImageRelayTest extends ServerTestBase {
    private static final int IMAGE_BYTES = 300 * 1024;
    /** How long an upload may send nothing before it is aborted (30 s by default). */
    private static final long STALL_MILLIS = 1_500;

    @Override
    protected ServerConfig config() {
        ServerConfig defaults = ServerConfig.defaults();
        return ServerConfig.loopbackEphemeral().withTimers(defaults.idlePingMillis(), defaults.idleCloseMillis(),
                defaults.joinTimeoutMillis(), STALL_MILLIS);
    }

    @Test
    void anUploadThatStopsSendingIsAbortedForItsRecipientsAndRejectedToItsSender() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        byte[] image = Images.png(IMAGE_BYTES, 4);
        alice.send(new Frame.ImageBegin(5, null, null, "stuck.png", "image/png", image.length, Images.sha256(image)));
        alice.send(new Frame.ImageChunk(5, Arrays.copyOf(image, 1_000)));

        assertAborted(bob);
        Frame.Error error = alice.nextError();
        assertThat(error.code()).isEqualTo(ErrorCode.IMAGE_REJECTED.wire());
        assertThat(error.message()).contains("nothing was sent");
        alice.say("still here");
        assertThat(bob.nextMessage().text()).isEqualTo("still here");
    }

    @Test
    void anImageReachesEveryFramedMemberByteForByteAndLineMembersAreTold() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        FramedClient carol = framed("carol");
        LineClient l1 = line();
        byte[] image = Images.png(IMAGE_BYTES, 1);

        sendImage(alice, 7, "chat.png", "image/png", image, Images.sha256(image));

        for (FramedClient c : List.of(bob, carol)) {
            Frame.ImageBegin begin = (Frame.ImageBegin) c.next(FrameType.IMAGE_BEGIN).frame();
            assertThat(begin.from()).isEqualTo(alice.id());
            assertThat(begin.sender()).isEqualTo(alice.me());
            assertThat(begin.name()).isEqualTo("chat.png");
            assertThat(begin.mime()).isEqualTo("image/png");
            assertThat(begin.size()).isEqualTo(IMAGE_BYTES);
            assertThat(begin.sha256()).isEqualTo(Images.sha256(image));
            assertThat(receive(c, begin.transfer())).isEqualTo(image);
        }
        assertThat(nextMessageLine(l1)).isEqualTo("127.0.0.1 alice sent an image: chat.png ("
                + ByteSize.format(IMAGE_BYTES) + ")");
        assertThat(alice.drain()).noneMatch(in -> in.frame().type().name().startsWith("IMAGE"));
    }

    @Test
    void aWrongShaAbortsForRecipientsAndIsRejectedToTheSender() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        byte[] image = Images.png(10_000, 2);
        sendImage(alice, 1, "a.png", "image/png", image, Images.sha256(Images.png(10_000, 3)));

        assertAborted(bob);
        Frame.Error error = alice.nextError();
        assertThat(error.code()).isEqualTo(ErrorCode.IMAGE_REJECTED.wire());
        assertThat(error.fatal()).isFalse();
    }

    @Test
    void bytesThatDoNotMatchTheMimeAbortTheTransfer() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        byte[] image = Images.png(10_000, 4);
        sendImage(alice, 1, "a.jpg", "image/jpeg", image, Images.sha256(image));
        assertAborted(bob);
        assertThat(alice.nextError().code()).isEqualTo(ErrorCode.IMAGE_REJECTED.wire());
    }

    @Test
    void aBeginThatBreaksARuleIsRefusedAndNothingIsRelayed() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        String sha = Images.sha256(new byte[1]);
        List<Frame.ImageBegin> bad = List.of(
                new Frame.ImageBegin(1, null, null, "a.tiff", "image/tiff", 10, sha),
                new Frame.ImageBegin(2, null, null, "a.png", "image/png", 0, sha),
                new Frame.ImageBegin(3, null, null, "a.png", "image/png", 17L * 1024 * 1024, sha),
                new Frame.ImageBegin(4, null, null, "a.png", "image/png", 10, "ABC"),
                new Frame.ImageBegin(5, null, null, "", "image/png", 10, sha));
        for (Frame.ImageBegin begin : bad) {
            alice.send(begin);
            assertThat(alice.nextError().code()).isEqualTo(ErrorCode.IMAGE_REJECTED.wire());
        }
        alice.send(new Frame.ImageChunk(99, new byte[]{1, 2}));
        assertThat(alice.nextError().code()).isEqualTo(ErrorCode.IMAGE_REJECTED.wire());
        alice.say("done");
        assertThat(bob.nextMessage().text()).isEqualTo("done");
        assertThat(bob.drain()).noneMatch(in -> in.frame().type().name().startsWith("IMAGE"));
    }

    @Test
    void aFifthOpenTransferGetsTooManyTransfersAndTheFourGoOn() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        byte[] image = Images.png(5_000, 5);
        String sha = Images.sha256(image);
        for (int t = 1; t <= Protocol.MAX_OPEN_TRANSFERS + 1; t++) {
            alice.send(new Frame.ImageBegin(t, null, null, "p" + t + ".png", "image/png", image.length, sha));
        }
        Frame.Error error = alice.nextError();
        assertThat(error.code()).isEqualTo(ErrorCode.TOO_MANY_TRANSFERS.wire());
        assertThat(error.fatal()).isFalse();
        for (int t = 1; t <= Protocol.MAX_OPEN_TRANSFERS; t++) {
            alice.send(new Frame.ImageChunk(t, image));
            alice.send(new Frame.ImageEnd(t));
        }
        int ends = 0;
        int begins = 0;
        while (ends < Protocol.MAX_OPEN_TRANSFERS) {
            Frame frame = bob.next(f -> f.type().name().startsWith("IMAGE"), "image frames").frame();
            assertThat(frame).isNotInstanceOf(Frame.ImageAbort.class);
            if (frame instanceof Frame.ImageBegin) {
                begins++;
            } else if (frame instanceof Frame.ImageEnd) {
                ends++;
            }
        }
        assertThat(begins).isEqualTo(Protocol.MAX_OPEN_TRANSFERS);
    }

    @Test
    void aSenderThatDisconnectsMidTransferAbortsItForRecipients() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        byte[] image = Images.png(IMAGE_BYTES, 6);
        alice.send(new Frame.ImageBegin(1, null, null, "gone.png", "image/png", image.length, Images.sha256(image)));
        alice.send(new Frame.ImageChunk(1, Arrays.copyOf(image, Protocol.MAX_IMAGE_CHUNK)));
        Frame.ImageBegin begin = (Frame.ImageBegin) bob.next(FrameType.IMAGE_BEGIN).frame();
        bob.next(FrameType.IMAGE_CHUNK);
        alice.kill();
        Frame.ImageAbort abort = (Frame.ImageAbort) bob.next(FrameType.IMAGE_ABORT).frame();
        assertThat(abort.transfer()).isEqualTo(begin.transfer());
        assertThat(abort.reason()).contains("disconnected");
    }

    static void sendImage(FramedClient sender, long transfer, String name, String mime, byte[] image, String sha)
            throws IOException {
        sender.send(new Frame.ImageBegin(transfer, null, null, name, mime, image.length, sha));
        for (int at = 0; at < image.length; at += Protocol.MAX_IMAGE_CHUNK) {
            sender.send(new Frame.ImageChunk(transfer, Arrays.copyOfRange(image, at,
                    Math.min(image.length, at + Protocol.MAX_IMAGE_CHUNK))));
        }
        sender.send(new Frame.ImageEnd(transfer));
    }

    /** The bytes of transfer {@code id} up to its IMAGE_END. */
    static byte[] receive(FramedClient client, long id) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            Frame frame = client.next(f -> f.type().name().startsWith("IMAGE"), "image frames").frame();
            if (frame instanceof Frame.ImageChunk chunk && chunk.transfer() == id) {
                bytes.writeBytes(chunk.data());
            } else if (frame instanceof Frame.ImageEnd end && end.transfer() == id) {
                return bytes.toByteArray();
            } else if (frame instanceof Frame.ImageAbort abort && abort.transfer() == id) {
                throw new AssertionError("transfer aborted: " + abort.reason());
            }
        }
    }

    private static void assertAborted(FramedClient recipient) {
        Frame.ImageBegin begin = (Frame.ImageBegin) recipient.next(FrameType.IMAGE_BEGIN).frame();
        Frame.ImageAbort abort = (Frame.ImageAbort) recipient.next(
                f -> f instanceof Frame.ImageAbort || f instanceof Frame.ImageEnd, "the transfer's outcome").frame();
        assertThat(abort.transfer()).isEqualTo(begin.transfer());
        assertThat(abort.reason()).isNotBlank();
    }
}
