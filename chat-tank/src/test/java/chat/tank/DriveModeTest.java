package chat.tank;

import static org.assertj.core.api.Assertions.assertThat;

import chat.tank.sim.SimEvent;
import chat.tank.sim.SimulatorFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

class DriveModeTest {

    @Test
    void arrowKeysDriveTheRobotAndLeavingStopsItAndRestoresTheTerminal() throws Exception {
        RecordingOutput output = new RecordingOutput();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        byte[] keys = "\u001b[A\u001b[A\u001b[A+q".getBytes(StandardCharsets.UTF_8);
        try (SimulatorFixture sim = SimulatorFixture.start(Duration.ofMillis(500));
             TankCommands tank = new TankCommands(
                     TankSettings.defaults().withHeartbeatInterval(Duration.ofMillis(100)), output, Locale.ENGLISH);
             Terminal terminal = TerminalBuilder.builder().system(false).type("xterm")
                     .streams(new ByteArrayInputStream(keys), screen).build()) {
            tank.execute("connect 127.0.0.1:" + sim.port());
            sim.next(SimEvent.Kind.CLIENT_CONNECTED);
            Attributes before = new Attributes(terminal.getAttributes());

            tank.drive(terminal);

            assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"robotMovement\",\"angle\":0,\"strength\":50}");
            String next = sim.nextCommand();
            if (next.contains("\"strength\":60")) {
                next = sim.nextCommand();
            }
            assertThat(next).as("the stop sent on leaving")
                    .isEqualTo("{\"cmd\":\"robotMovement\",\"angle\":0,\"strength\":0}");
            assertThat(terminal.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Esc or q leave");
            assertThat(output.infos).contains("Left driving mode; the robot is stopped.");
            assertThat(tank.isConnected()).isTrue();
        }
    }

    @Test
    void refusesToDriveWhenNotConnected() throws Exception {
        RecordingOutput output = new RecordingOutput();
        try (TankCommands tank = new TankCommands(TankSettings.defaults(), output, Locale.ENGLISH);
             Terminal terminal = TerminalBuilder.builder().system(false)
                     .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
            tank.drive(terminal);
            assertThat(RecordingOutput.next(output.errors)).contains("Not connected");
        }
    }
}
