package chat.server;

import chat.server.support.FramedClient;
import chat.server.support.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server that runs out of file descriptors stops accepting for a moment instead of spinning,
 * says so once in its log, and serves again as soon as descriptors are free.
 */
@Timeout(60)
class DescriptorExhaustionTest {
    /** Enough for the JVM's own files and a few dozen clients, far fewer than the connections tried. */
    private static final int DESCRIPTOR_LIMIT = 128;
    private static final int CONNECTIONS = 200;
    private static final String EXHAUSTED = "cannot accept connections";

    private ServerProcess server;
    private final List<Socket> flood = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        closeFlood();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void runningOutOfDescriptorsPausesAcceptingAndServesAgainOnceSomeAreFree() throws Exception {
        server = ServerProcess.start(List.of("-Xmx64m"), DESCRIPTOR_LIMIT);
        int port = server.port();
        for (int i = 0; i < CONNECTIONS; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            flood.add(s);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> server.log().stream().anyMatch(l -> l.contains(EXHAUSTED)));

        closeFlood();
        try (FramedClient alice = FramedClient.join(port, "alice");
             FramedClient bob = FramedClient.join(port, "bob")) {
            alice.say("descriptors are back");
            assertThat(bob.nextMessage().text()).isEqualTo("descriptors are back");
        }
        assertThat(server.log().stream().filter(l -> l.contains(EXHAUSTED))).as("said once, not at every attempt").hasSize(1);
        assertThat(server.isAlive()).isTrue();
    }

    private void closeFlood() throws IOException {
        for (Socket s : flood) {
            s.close();
        }
        flood.clear();
    }
}
