package chat.client.tank;

import chat.client.testing.EnglishLocale;
import chat.client.testing.TestConsole;
import chat.client.ClientOptions;
import chat.image.render.ImageMode;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.tank.TankSettings;
import chat.tank.sim.SimEvent;
import chat.tank.sim.SimulatorSettings;
import chat.tank.sim.TankSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Mini-Tank driven from a whole chat client on a terminal over pipes, against the tank simulator on a
 * loopback ephemeral port (and a real chat server, which the client joins as usual).
 */
@ExtendWith(EnglishLocale.class)
@Timeout(60)
class TankConsoleEndToEndTest {
    /** The simulator drops a client after this much silence: short, so a missing heartbeat shows quickly. */
    private static final Duration SILENCE_TIMEOUT = Duration.ofMillis(600);
    private static final Duration HEARTBEAT = Duration.ofMillis(150);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String HEARTBEAT_JSON = "{\"cmd\":\"heartbeat\"}";
    private static final String DISCONNECT_JSON = "{\"cmd\":\"disconnect\"}";

    @TempDir
    Path downloads;
    private ChatServer server;
    private TankSimulator simulator;
    private final List<SimEvent> events = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream simulatorOutput = new ByteArrayOutputStream();
    private TestConsole console;

    @BeforeEach
    void start() throws IOException {
        server = ChatServer.start(ServerConfig.loopbackEphemeral());
        simulator = new TankSimulator(SimulatorSettings.forTests(SILENCE_TIMEOUT),
                new PrintStream(simulatorOutput, true, StandardCharsets.UTF_8), events::add);
        simulator.start();
        TankSettings tank = TankSettings.defaults().withHeartbeatInterval(HEARTBEAT);
        console = TestConsole.dumb(server.port(), "alice", new ClientOptions(ImageMode.OFF, downloads, tank))
                .awaitJoined();
    }

    @AfterEach
    void stop() throws IOException {
        console.close();
        simulator.close();
        server.shutdown();
    }

    private void connect() throws IOException {
        console.type("/tank connect 127.0.0.1:" + simulator.port());
        console.awaitScreen("Connected to the robot at 127.0.0.1:" + simulator.port());
        awaitEvent(SimEvent.Kind.CLIENT_CONNECTED);
    }

    /** The commands the simulator received, keep-alives left out, in order. */
    private List<String> commands() {
        return events.stream().filter(e -> e.kind() == SimEvent.Kind.COMMAND).map(SimEvent::text)
                .filter(text -> !text.equals(HEARTBEAT_JSON)).toList();
    }

    private long heartbeats() {
        return events.stream().filter(e -> e.kind() == SimEvent.Kind.COMMAND && e.text().equals(HEARTBEAT_JSON))
                .count();
    }

    private boolean happened(SimEvent.Kind kind) {
        return events.stream().anyMatch(e -> e.kind() == kind);
    }

    private void awaitEvent(SimEvent.Kind kind) {
        await().atMost(WAIT).until(() -> happened(kind));
    }

    private void awaitCommands(int count) {
        await().atMost(WAIT).until(() -> commands().size() >= count);
    }

    @Test
    void eachTankCommandReachesTheRobotAsExactJson() throws IOException {
        connect();

        console.type("/tank buzz");
        console.type("/tank move 90 40");
        console.type("/tank stop");
        console.type("/tank color 255 0 16");
        console.type("/tank light off");
        console.type("/tank camera 90 120");
        console.type("/tank mode follow-line");
        awaitCommands(7);

        assertThat(commands()).containsExactly(
                "{\"cmd\":\"buzz\"}",
                "{\"cmd\":\"robotMovement\",\"angle\":90,\"strength\":40}",
                "{\"cmd\":\"robotMovement\",\"angle\":0,\"strength\":0}",
                "{\"cmd\":\"color\",\"state\":true,\"red\":255,\"green\":0,\"blue\":16}",
                "{\"cmd\":\"color\",\"state\":false,\"red\":0,\"green\":0,\"blue\":0}",
                "{\"cmd\":\"cameraMovement\",\"x\":90,\"y\":120}",
                "{\"cmd\":\"followLine\"}");
        assertThat(happened(SimEvent.Kind.FAULT)).isFalse();
        console.awaitScreen("The robot says hello.");
    }

    @Test
    void statusReportsTheLinkAndTheLatestReadingsWithoutSendingAnything() throws IOException {
        console.type("/tank status");
        console.awaitScreen("Robot: not connected.");
        connect();
        await().atMost(WAIT).until(() -> heartbeats() >= 2);

        console.type("/tank status");
        console.awaitScreen("Robot 127.0.0.1:" + simulator.port() + ": connected; last alive ");
        console.awaitScreen("cm; round trip ");
        assertThat(commands()).isEmpty();
    }

    @Test
    void outOfRangeOrMalformedArgumentsAreRefusedAndNothingIsSent() throws IOException {
        connect();

        console.type("/tank move 400 10");
        console.awaitScreen("angle must be between 0 and 359, not 400. Nothing was sent.");
        console.type("/tank move 90 101");
        console.awaitScreen("strength must be between 0 and 100, not 101. Nothing was sent.");
        console.type("/tank move ninety 10");
        console.awaitScreen("angle must be a whole number, not “ninety”. Nothing was sent.");
        console.type("/tank color 256 0 0");
        console.awaitScreen("red must be between 0 and 255, not 256. Nothing was sent.");
        console.type("/tank mode dance");
        console.awaitScreen("Unknown mode “dance”");
        console.type("/tank buzz");
        awaitCommands(1);

        assertThat(commands()).containsExactly("{\"cmd\":\"buzz\"}");
    }

    @Test
    void quittingTheConsoleTellsTheRobotToDisconnect() throws Exception {
        connect();
        console.type("/tank move 0 50");
        awaitCommands(1);

        console.type("/quit");

        assertThat(console.awaitExit(WAIT)).isTrue();
        awaitEvent(SimEvent.Kind.CLIENT_DISCONNECTED);
        assertThat(commands()).containsExactly("{\"cmd\":\"robotMovement\",\"angle\":0,\"strength\":50}",
                DISCONNECT_JSON);
        assertThat(happened(SimEvent.Kind.CLIENT_LEFT)).isFalse();
    }

    @Test
    void theEndOfInputTellsTheRobotToDisconnect() throws Exception {
        connect();

        console.endInput();

        assertThat(console.awaitExit(WAIT)).isTrue();
        awaitEvent(SimEvent.Kind.CLIENT_DISCONNECTED);
        assertThat(commands()).containsExactly(DISCONNECT_JSON);
        assertThat(happened(SimEvent.Kind.CLIENT_LEFT)).isFalse();
    }

    @Test
    void theHeartbeatKeepsTheRobotLinkAliveWhileTheConsoleIsIdle() throws IOException {
        connect();
        long idleMillis = SILENCE_TIMEOUT.toMillis() * 4;

        await().during(Duration.ofMillis(idleMillis)).atMost(Duration.ofMillis(idleMillis + 2_000))
                .until(() -> !happened(SimEvent.Kind.TIMEOUT) && !happened(SimEvent.Kind.CLIENT_LEFT));

        assertThat(heartbeats()).isGreaterThanOrEqualTo(idleMillis / HEARTBEAT.toMillis() - 2);
        assertThat(commands()).isEmpty();
        assertThat(console.client().session().link().isJoined()).isTrue();
        console.type("/tank buzz");
        awaitCommands(1);
        assertThat(console.screen()).doesNotContain("The robot dropped the connection");
    }

    @Test
    void aRobotThatDropsTheLinkIsReportedAndTheConsoleCanReconnect() throws IOException {
        connect();
        simulator.close();
        console.awaitScreen("The robot closed the connection. Use /tank connect to reconnect.");
        console.type("/tank buzz");
        console.awaitScreen("Not connected to the robot. Use /tank connect first.");

        events.clear();
        simulator = new TankSimulator(SimulatorSettings.forTests(SILENCE_TIMEOUT),
                new PrintStream(simulatorOutput, true, StandardCharsets.UTF_8), events::add);
        simulator.start();
        connect();
        console.type("/tank buzz");
        awaitCommands(1);
        assertThat(commands()).containsExactly("{\"cmd\":\"buzz\"}");
    }
}
