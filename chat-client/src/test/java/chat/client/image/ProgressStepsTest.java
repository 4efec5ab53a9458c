package chat.client.image;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressStepsTest {

    @Test
    void aTransferReportedAtEveryPercentIsShownOnlyAtEachQuarter() {
        ProgressSteps steps = new ProgressSteps();
        Object transfer = new Object();
        List<Integer> shown = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent++) {
            if (steps.reached(transfer, percent / 100.0)) {
                shown.add(percent);
            }
        }
        assertThat(shown).containsExactly(25, 50, 75);
    }

    @Test
    void aTransferThatJumpsPastAQuarterIsShownOnceThere() {
        ProgressSteps steps = new ProgressSteps();
        Object transfer = new Object();
        assertThat(steps.reached(transfer, 0.10)).isFalse();
        assertThat(steps.reached(transfer, 0.62)).isTrue();
        assertThat(steps.reached(transfer, 0.70)).isFalse();
        assertThat(steps.reached(transfer, 1.0)).isFalse();
    }

    @Test
    void transfersAreCountedSeparatelyAndForgottenWhenTheyEnd() {
        ProgressSteps steps = new ProgressSteps();
        Object first = new Object();
        Object second = new Object();
        assertThat(steps.reached(first, 0.3)).isTrue();
        assertThat(steps.reached(second, 0.3)).isTrue();
        steps.forget(first);
        assertThat(steps.reached(first, 0.3)).isTrue();
        assertThat(steps.reached(second, 0.3)).isFalse();
    }
}
