package chat.tank.drive;

import static org.assertj.core.api.Assertions.assertThat;

import chat.tank.command.TankCommand;
import org.junit.jupiter.api.Test;

class DriveControllerTest {
    private final DriveController controller = new DriveController();

    @Test
    void startsStoppedAtDefaultStrength() {
        assertThat(controller.movement()).isEqualTo(TankCommand.Move.STOP);
        assertThat(controller.strength()).isEqualTo(DriveController.DEFAULT_STRENGTH);
    }

    @Test
    void eachArrowAloneGivesTheRobotsAngle() {
        assertThat(new DriveController().press(DriveKey.FORWARD)).isEqualTo(new TankCommand.Move(0, 50));
        assertThat(new DriveController().press(DriveKey.LEFT)).isEqualTo(new TankCommand.Move(90, 50));
        assertThat(new DriveController().press(DriveKey.BACK)).isEqualTo(new TankCommand.Move(180, 50));
        assertThat(new DriveController().press(DriveKey.RIGHT)).isEqualTo(new TankCommand.Move(270, 50));
    }

    @Test
    void combinesForwardAndATurnIntoADiagonal() {
        controller.press(DriveKey.FORWARD);
        assertThat(controller.press(DriveKey.LEFT)).isEqualTo(new TankCommand.Move(45, 50));
        assertThat(controller.press(DriveKey.RIGHT)).isEqualTo(new TankCommand.Move(0, 50));
        assertThat(controller.press(DriveKey.RIGHT)).isEqualTo(new TankCommand.Move(315, 50));
        controller.press(DriveKey.BACK);
        assertThat(controller.press(DriveKey.BACK)).isEqualTo(new TankCommand.Move(225, 50));
    }

    @Test
    void autoRepeatOfAHeldKeyChangesNothing() {
        TankCommand.Move first = controller.press(DriveKey.FORWARD);
        for (int i = 0; i < 20; i++) {
            assertThat(controller.press(DriveKey.FORWARD)).isEqualTo(first);
        }
    }

    @Test
    void theOppositeKeyBringsAnAxisBackToTheCentre() {
        controller.press(DriveKey.FORWARD);
        assertThat(controller.press(DriveKey.BACK)).isEqualTo(TankCommand.Move.STOP);
    }

    @Test
    void spaceStopsButKeepsTheStrength() {
        controller.press(DriveKey.FASTER);
        controller.press(DriveKey.FORWARD);
        assertThat(controller.press(DriveKey.STOP)).isEqualTo(TankCommand.Move.STOP);
        assertThat(controller.press(DriveKey.FORWARD)).isEqualTo(new TankCommand.Move(0, 60));
    }

    @Test
    void strengthStepsWithPlusAndMinusWithinItsBounds() {
        controller.press(DriveKey.FORWARD);
        for (int i = 0; i < 10; i++) {
            controller.press(DriveKey.FASTER);
        }
        assertThat(controller.movement()).isEqualTo(new TankCommand.Move(0, DriveController.MAX_STRENGTH));
        for (int i = 0; i < 20; i++) {
            controller.press(DriveKey.SLOWER);
        }
        assertThat(controller.movement()).isEqualTo(new TankCommand.Move(0, DriveController.MIN_STRENGTH));
    }

    @Test
    void readsWasdSpaceAndPlusMinusKeys() {
        assertThat(DriveKey.forChar('w')).isEqualTo(DriveKey.FORWARD);
        assertThat(DriveKey.forChar('A')).isEqualTo(DriveKey.LEFT);
        assertThat(DriveKey.forChar('s')).isEqualTo(DriveKey.BACK);
        assertThat(DriveKey.forChar('d')).isEqualTo(DriveKey.RIGHT);
        assertThat(DriveKey.forChar(' ')).isEqualTo(DriveKey.STOP);
        assertThat(DriveKey.forChar('+')).isEqualTo(DriveKey.FASTER);
        assertThat(DriveKey.forChar('-')).isEqualTo(DriveKey.SLOWER);
        assertThat(DriveKey.forChar('q')).isEqualTo(DriveKey.QUIT);
        assertThat(DriveKey.forChar('x')).isEqualTo(DriveKey.OTHER);
    }
}
