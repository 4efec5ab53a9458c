package chat.tank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import chat.tank.sim.SimEvent;
import chat.tank.sim.SimulatorFixture;
import chat.tank.sim.SimulatorSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TankCommandsTest {
    private static final Duration HEARTBEAT = Duration.ofMillis(100);

    private final RecordingOutput output = new RecordingOutput();
    private SimulatorFixture sim;
    private TankCommands tank;

    @BeforeEach
    void start() throws IOException {
        sim = SimulatorFixture.start(Duration.ofMillis(500));
        tank = new TankCommands(settings(), output, Locale.ENGLISH);
    }

    @AfterEach
    void stop() {
        tank.close();
        sim.close();
    }

    @Test
    void connectsToTheGivenHostAndPortAndReportsTheGreeting() throws Exception {
        connect();
        assertThat(tank.isConnected()).isTrue();
        await().atMost(SimulatorFixture.WAIT).until(() -> output.infos.contains("The robot says hello."));
    }

    @ParameterizedTest(name = "/tank {0} sends {1}")
    @CsvSource(delimiter = '|', value = {
        "buzz | {\"cmd\":\"buzz\"}",
        "move 90 40 | {\"cmd\":\"robotMovement\",\"angle\":90,\"strength\":40}",
        "MOVE 359 100 | {\"cmd\":\"robotMovement\",\"angle\":359,\"strength\":100}",
        "stop | {\"cmd\":\"robotMovement\",\"angle\":0,\"strength\":0}",
        "color 255 128 0 | {\"cmd\":\"color\",\"state\":true,\"red\":255,\"green\":128,\"blue\":0}",
        "light off | {\"cmd\":\"color\",\"state\":false,\"red\":0,\"green\":0,\"blue\":0}",
        "camera 90 45 | {\"cmd\":\"cameraMovement\",\"x\":90,\"y\":45}",
        "mode manual | {\"cmd\":\"manualMode\"}",
        "mode follow-line | {\"cmd\":\"followLine\"}",
        "mode autopilot | {\"cmd\":\"autoPilot\"}"
    })
    void eachCommandReachesTheRobotAsExactJson(String args, String json) throws Exception {
        connect();
        tank.execute(args);
        assertThat(sim.nextCommand()).isEqualTo(json);
        assertThat(output.errors).isEmpty();
    }

    @ParameterizedTest(name = "/tank {0} is refused")
    @ValueSource(strings = {
        "move 360 50", "move -1 50", "move 90 101", "move 90", "move ninety 50", "move 90 50 7", "move 1.5 50",
        "color 256 0 0", "color 0 0", "color 0 0 -3", "light on", "camera 181 90", "camera 90",
        "mode flying", "mode", "buzz loud", "stop now", "jump"
    })
    void refusesBadInputWithAClearMessageAndSendsNothing(String args) throws Exception {
        connect();
        tank.execute(args);
        assertThat(RecordingOutput.next(output.errors)).isNotBlank();
        tank.execute("buzz");
        assertThat(sim.nextCommand()).as("the first command after the refused one").isEqualTo("{\"cmd\":\"buzz\"}");
    }

    @Test
    void explainsTheRangeThatWasBroken() throws Exception {
        tank.execute("move 400 50");
        assertThat(RecordingOutput.next(output.errors))
                .isEqualTo("angle must be between 0 and 359, not 400. Nothing was sent.");
    }

    @Test
    void refusesCommandsBeforeConnecting() throws Exception {
        tank.execute("buzz");
        assertThat(RecordingOutput.next(output.errors)).contains("/tank connect");
    }

    @Test
    void showsDistanceReadingsAsStatusAndInStatus() throws Exception {
        connect();
        assertThat(RecordingOutput.next(output.statuses)).matches("Robot distance: \\d+\\.\\d cm");
        tank.execute("status");
        await().atMost(SimulatorFixture.WAIT).untilAsserted(() -> assertThat(output.infos)
                .anyMatch(line -> line.startsWith("Robot 127.0.0.1:" + sim.port() + ": connected; last alive")
                        && line.contains("distance") && line.contains("round trip")));
    }

    @Test
    void disconnectSaysDisconnectToTheRobot() throws Exception {
        connect();
        tank.execute("disconnect");
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"disconnect\"}");
        assertThat(tank.isConnected()).isFalse();
        assertThat(output.infos).contains("Robot stopped and disconnected.");
    }

    @Test
    void closeSaysDisconnectToTheRobot() throws Exception {
        connect();
        tank.close();
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"disconnect\"}");
    }

    @Test
    void reportsARobotSideDisconnectAndReconnects() throws Exception {
        tank.close();
        tank = new TankCommands(settings().withHeartbeatInterval(Duration.ofSeconds(10)), output, Locale.ENGLISH);
        connect();
        assertThat(RecordingOutput.next(output.errors)).contains("dropped the connection");
        assertThat(tank.isConnected()).isFalse();
        sim.next(SimEvent.Kind.TIMEOUT);
        connect();
        assertThat(tank.isConnected()).isTrue();
        tank.execute("buzz");
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"buzz\"}");
    }

    @Test
    void aKeepAliveTheRobotDoesNotAnswerStillKeepsTheLinkAndStatusExplainsIt() throws Exception {
        sim.close();
        sim = SimulatorFixture.start(new SimulatorSettings("127.0.0.1", 0, Duration.ofMillis(300),
                Set.of(SimulatorSettings.ROBOT_KEEP_ALIVE), false, 1L));
        connect();
        await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(3)).until(tank::isConnected);
        tank.execute("status");
        await().atMost(SimulatorFixture.WAIT).untilAsserted(() -> assertThat(output.infos)
                .anyMatch(line -> line.contains("no alive yet")
                        && line.contains("does not answer \u201cheartbeat\u201d")
                        && line.contains("\u201chearthbeat\u201d")));
        assertThat(sim.drain()).extracting(SimEvent::kind).doesNotContain(SimEvent.Kind.TIMEOUT);
    }

    @Test
    void reportsAnUnreachableRobot() throws Exception {
        int port = sim.port();
        sim.close();
        tank.execute("connect 127.0.0.1:" + port);
        assertThat(RecordingOutput.next(output.errors)).startsWith("Could not connect to the robot at 127.0.0.1:" + port);
        assertThat(tank.isConnected()).isFalse();
    }

    @Test
    void speaksFrenchToFrenchUsers() throws Exception {
        try (TankCommands french = new TankCommands(settings(), output, Locale.FRENCH)) {
            french.execute("move 90 200");
            assertThat(RecordingOutput.next(output.errors))
                    .isEqualTo("strength doit être entre 0 et 100, pas 200. Rien n'a été envoyé.");
        }
    }

    @Test
    void completesSubcommandsAndRecognisesDriving() {
        assertThat(tank.subcommands()).contains("connect", "buzz", "move", "stop", "color", "light", "camera",
                "mode", "status", "drive", "disconnect", "help");
        assertThat(tank.argumentsOf("mode")).containsExactly("manual", "follow-line", "autopilot");
        assertThat(tank.isDriveRequest(" drive")).isTrue();
        assertThat(tank.isDriveRequest("driver")).isFalse();
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        tank.execute("help");
        assertThat(RecordingOutput.next(output.infos)).contains("/tank connect", "/tank move ANGLE STRENGTH",
                "/tank drive", "/tank light off", "/tank mode manual|follow-line|autopilot");
    }

    private void connect() throws Exception {
        output.infos.clear();
        tank.execute("connect 127.0.0.1:" + sim.port());
        assertThat(RecordingOutput.next(output.infos)).startsWith("Connecting to the robot at 127.0.0.1:" + sim.port());
        sim.next(SimEvent.Kind.CLIENT_CONNECTED);
    }

    private static TankSettings settings() {
        return TankSettings.defaults().withHeartbeatInterval(HEARTBEAT);
    }
}
