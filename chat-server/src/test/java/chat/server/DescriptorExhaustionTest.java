package chat.server;

import chat.server.cli.ServerCommand;
import chat.server.support.FramedClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final String EXHAUSTED = "cannot accept connections";

    private Process server;
    private final Queue<String> log = new ConcurrentLinkedQueue<>();
    private final List<Socket> flood = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        closeFlood();
        if (server != null) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void runningOutOfDescriptorsPausesAcceptingAndServesAgainOnceSomeAreFree() throws Exception {
        int port = startServer();
        for (int i = 0; i < CONNECTIONS; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            flood.add(s);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> log.stream().anyMatch(l -> l.contains(EXHAUSTED)));

        closeFlood();
        try (FramedClient alice = FramedClient.join(port, "alice");
             FramedClient bob = FramedClient.join(port, "bob")) {
            alice.say("descriptors are back");
            assertThat(bob.nextMessage().text()).isEqualTo("descriptors are back");
        }
        assertThat(log.stream().filter(l -> l.contains(EXHAUSTED))).as("said once, not at every attempt").hasSize(1);
        assertThat(server.isAlive()).isTrue();
    }

    private int startServer() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "ulimit -n " + DESCRIPTOR_LIMIT + " && exec \"$0\" \"$@\"";
        server = new ProcessBuilder("bash", "-c", command, java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ServerCommand.class.getName(), "--port", "0", "--bind", "127.0.0.1")
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread reader = new Thread(() -> out.lines().forEach(log::add), "server-log");
                reader.setDaemon(true);
                reader.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server exited before listening");
    }

    private void closeFlood() throws IOException {
        for (Socket s : flood) {
            s.close();
        }
        flood.clear();
    }
}
