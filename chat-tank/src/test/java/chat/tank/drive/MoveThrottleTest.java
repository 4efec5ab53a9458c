package chat.tank.drive;

import static org.assertj.core.api.Assertions.assertThat;

import chat.tank.command.TankCommand;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MoveThrottleTest {
    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(75);
    private static final TankCommand.Move AHEAD = new TankCommand.Move(0, 50);
    private static final TankCommand.Move LEFT = new TankCommand.Move(45, 50);

    private final MoveThrottle throttle = new MoveThrottle(INTERVAL);

    @Test
    void sendsTheFirstChangeAtOnce() {
        assertThat(throttle.offer(AHEAD, 0)).contains(AHEAD);
    }

    @Test
    void neverResendsAnUnchangedMovement() {
        throttle.offer(AHEAD, 0);
        for (long t = 1; t <= 1_000; t++) {
            assertThat(throttle.offer(AHEAD, t * INTERVAL)).isEmpty();
        }
    }

    @Test
    void holdsAQuickChangeUntilTheIntervalHasPassed() {
        throttle.offer(AHEAD, 0);
        assertThat(throttle.offer(LEFT, INTERVAL / 3)).isEmpty();
        assertThat(throttle.poll(INTERVAL - 1)).isEmpty();
        assertThat(throttle.poll(INTERVAL)).contains(LEFT);
    }

    @Test
    void onlyTheLatestOfSeveralQuickChangesGoesOut() {
        throttle.offer(AHEAD, 0);
        throttle.offer(LEFT, 10);
        throttle.offer(TankCommand.Move.STOP, 20);
        assertThat(throttle.poll(INTERVAL)).contains(TankCommand.Move.STOP);
        assertThat(throttle.poll(3 * INTERVAL)).isEmpty();
    }

    @Test
    void aChangeBackBeforeTheIntervalSendsNothing() {
        throttle.offer(AHEAD, 0);
        throttle.offer(LEFT, 10);
        throttle.offer(AHEAD, 20);
        assertThat(throttle.poll(INTERVAL * 2)).isEmpty();
        assertThat(throttle.lastSent()).contains(AHEAD);
    }
}
