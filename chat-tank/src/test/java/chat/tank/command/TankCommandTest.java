package chat.tank.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TankCommandTest {

    @Test
    void encodesAMovementAsAFlatObjectWithNumbers() {
        assertThat(CommandEncoder.encodeToString(new TankCommand.Move(90, 50)))
                .isEqualTo("{\"cmd\":\"robotMovement\",\"angle\":90,\"strength\":50}");
    }

    @Test
    void encodesEveryOtherCommandExactly() {
        assertThat(CommandEncoder.encodeToString(new TankCommand.Buzz())).isEqualTo("{\"cmd\":\"buzz\"}");
        assertThat(CommandEncoder.encodeToString(new TankCommand.Color(true, 255, 0, 10)))
                .isEqualTo("{\"cmd\":\"color\",\"state\":true,\"red\":255,\"green\":0,\"blue\":10}");
        assertThat(CommandEncoder.encodeToString(TankCommand.Color.OFF))
                .isEqualTo("{\"cmd\":\"color\",\"state\":false,\"red\":0,\"green\":0,\"blue\":0}");
        assertThat(CommandEncoder.encodeToString(new TankCommand.Camera(90, 45)))
                .isEqualTo("{\"cmd\":\"cameraMovement\",\"x\":90,\"y\":45}");
        assertThat(CommandEncoder.encodeToString(new TankCommand.Mode(RobotMode.FOLLOW_LINE)))
                .isEqualTo("{\"cmd\":\"followLine\"}");
        assertThat(CommandEncoder.encodeToString(new TankCommand.KeepAlive("hearthbeat")))
                .isEqualTo("{\"cmd\":\"hearthbeat\"}");
        assertThat(CommandEncoder.encodeToString(new TankCommand.Disconnect())).isEqualTo("{\"cmd\":\"disconnect\"}");
    }

    @Test
    void refusesAnglesOutsideZeroTo359() {
        assertThatThrownBy(() -> new TankCommand.Move(360, 10))
                .isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).messageKey()).isEqualTo("error.range");
        assertThatThrownBy(() -> new TankCommand.Move(-1, 10)).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void refusesStrengthColourAndCameraOutOfRange() {
        assertThatThrownBy(() -> new TankCommand.Move(0, 101)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> new TankCommand.Color(true, 256, 0, 0)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> new TankCommand.Color(true, 0, 0, -1)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> new TankCommand.Camera(181, 0)).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void refusesAKeepAliveNameThatIsNotPlainLetters() {
        assertThatThrownBy(() -> new TankCommand.KeepAlive("heart\"beat")).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> new TankCommand.KeepAlive("")).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void readsModesByTheirTypedNames() {
        assertThat(RobotMode.fromUserName("Autopilot")).contains(RobotMode.AUTOPILOT);
        assertThat(RobotMode.fromUserName("fly")).isEmpty();
    }
}
