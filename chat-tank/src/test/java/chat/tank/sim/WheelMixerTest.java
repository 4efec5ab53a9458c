package chat.tank.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WheelMixerTest {

    @ParameterizedTest(name = "angle {0} strength {1} gives left {2} right {3}")
    @CsvSource({
        "0, 60, 60, 60",
        "180, 60, -60, -60",
        "90, 50, -50, 50",
        "270, 50, 50, -50",
        "45, 80, 0, 80",
        "315, 80, 80, 0",
        "135, 100, -100, 0",
        "30, 100, 27, 100"
    })
    void mixesAngleAndStrengthIntoTrackPower(int angle, int strength, int left, int right) {
        assertThat(WheelMixer.mix(angle, strength)).isEqualTo(new WheelPower(left, right));
    }

    @Test
    void strengthZeroStopsBothTracks() {
        assertThat(WheelMixer.mix(90, 0)).isEqualTo(WheelPower.STOPPED);
    }
}
