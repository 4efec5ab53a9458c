package chat.client.session;

import chat.client.testing.EnglishLocale;
import chat.client.testing.TestConsole;
import chat.server.cli.ServerCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The server process is killed with SIGKILL mid-conversation and started again: the consoles rejoin by themselves and carry on. */
@ExtendWith(EnglishLocale.class)
@Timeout(60)
class ServerKilledTest {
    private final List<Process> servers = new ArrayList<>();
    private final List<AutoCloseable> consoles = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable console : consoles) {
            console.close();
        }
        for (Process server : servers) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void consolesRejoinWithTheirNicksAfterTheServerIsKilledAndRestarted() throws Exception {
        int port = freePort();
        Process first = startServer(port);
        TestConsole alice = console(port, "alice");
        TestConsole bob = console(port, "bob");
        alice.type("before the crash");
        bob.awaitScreen("127.0.0.1 alice: before the crash");

        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        alice.awaitScreen("connection lost");
        bob.awaitScreen("connection lost");

        startServer(port);
        await().atMost(Duration.ofSeconds(20)).until(() -> alice.session().link().isJoined()
                && bob.session().link().isJoined());
        assertThat(alice.session().room().you().nick()).isEqualTo("alice");
        assertThat(bob.session().room().you().nick()).isEqualTo("bob");
        await().atMost(Duration.ofSeconds(10)).until(() -> alice.session().room().otherNicks().contains("bob"));
        alice.type("after the crash");
        bob.awaitScreen("127.0.0.1 alice: after the crash");
    }

    private TestConsole console(int port, String nick) throws IOException {
        TestConsole console = TestConsole.withPassword(port, nick, null);
        consoles.add(console);
        console.awaitJoined();
        return console;
    }

    /** A headless server in a JVM of its own, as {@code chat server} runs it; returns once it listens. */
    private Process startServer(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ServerCommand.class.getName(), "--port", Integer.toString(port), "--bind", "127.0.0.1")
                .redirectErrorStream(true)
                .start();
        servers.add(server);
        BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            if (line.contains("listening on 127.0.0.1:" + port)) {
                CompletableFuture.runAsync(() -> log.lines().forEach(ignored -> { }));
                return server;
            }
        }
        throw new AssertionError("the server exited before listening");
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
