package chat.server;

import chat.core.frame.Frame;
import chat.core.protocol.FrameType;
import chat.server.support.FramedClient;
import chat.server.support.Images;
import chat.server.support.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server never holds a whole image: a 16 MiB image streams to three members through a
 * server process whose whole heap is 16 MiB, so it could not even hold one copy.
 */
@Timeout(120)
class ImageMemoryTest {
    private static final int IMAGE_BYTES = 16 * 1024 * 1024;
    private static final String SERVER_HEAP = "-Xmx16m";

    private ServerProcess server;
    private final List<FramedClient> clients = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        clients.forEach(FramedClient::close);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSixteenMebibyteImageStreamsThroughAServerWithASixteenMebibyteHeap() throws Exception {
        server = ServerProcess.start(List.of(SERVER_HEAP, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"), 0);
        int port = server.port();
        FramedClient alice = join(port, "alice");
        List<FramedClient> receivers = List.of(join(port, "bob"), join(port, "carol"), join(port, "dave"));
        byte[] image = Images.png(IMAGE_BYTES, 16);
        String sha = Images.sha256(image);

        List<CompletableFuture<String>> received = new ArrayList<>();
        for (FramedClient receiver : receivers) {
            received.add(CompletableFuture.supplyAsync(() -> receivedSha(receiver)));
        }
        ImageRelayTest.sendImage(alice, 1, "big.png", "image/png", image, sha);

        for (CompletableFuture<String> each : received) {
            assertThat(each.get(90, TimeUnit.SECONDS)).isEqualTo(sha);
        }
        assertThat(server.isAlive()).as("the server survived the transfer").isTrue();
        alice.say("still here");
        assertThat(receivers.get(0).nextMessage().text()).isEqualTo("still here");
    }

    private FramedClient join(int port, String nick) throws IOException {
        FramedClient client = FramedClient.join(port, nick);
        clients.add(client);
        return client;
    }

    /** Hashes transfer bytes as they arrive, up to IMAGE_END: the test holds no copy either. */
    private static String receivedSha(FramedClient client) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Frame.ImageBegin begin = (Frame.ImageBegin) client.next(FrameType.IMAGE_BEGIN).frame();
        while (true) {
            Frame frame = client.next(f -> f.type().name().startsWith("IMAGE"), "image frames").frame();
            if (frame instanceof Frame.ImageChunk chunk && chunk.transfer() == begin.transfer()) {
                digest.update(chunk.data());
            } else if (frame instanceof Frame.ImageEnd end && end.transfer() == begin.transfer()) {
                return HexFormat.of().formatHex(digest.digest());
            } else if (frame instanceof Frame.ImageAbort abort) {
                throw new AssertionError("transfer aborted: " + abort.reason());
            }
        }
    }
}
