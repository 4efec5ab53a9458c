package chat.tank.drive;

import chat.tank.command.TankCommand;
import java.util.Objects;
import java.util.Optional;

/**
 * Rate-limits movement commands while driving: a changed movement goes out at once if the last one left at
 * least {@code minInterval} ago, otherwise as soon as that interval has passed (only the latest wins); an
 * unchanged movement is never sent again. Times are {@link System#nanoTime()} values, passed in for tests.
 */
public final class MoveThrottle {
    private final long minIntervalNanos;
    private TankCommand.Move desired;
    private TankCommand.Move lastSent;
    private long lastSentAt;
    private boolean sentAny;

    public MoveThrottle(long minIntervalNanos) {
        if (minIntervalNanos < 0) {
            throw new IllegalArgumentException("interval must not be negative");
        }
        this.minIntervalNanos = minIntervalNanos;
    }

    /** Records the wanted movement; returns it when it should be sent now. */
    public Optional<TankCommand.Move> offer(TankCommand.Move movement, long nowNanos) {
        desired = Objects.requireNonNull(movement, "movement");
        return poll(nowNanos);
    }

    /** Returns the pending movement when it is different from the last one sent and its time has come. */
    public Optional<TankCommand.Move> poll(long nowNanos) {
        if (desired == null || desired.equals(lastSent)) {
            return Optional.empty();
        }
        if (sentAny && nowNanos - lastSentAt < minIntervalNanos) {
            return Optional.empty();
        }
        lastSent = desired;
        lastSentAt = nowNanos;
        sentAny = true;
        return Optional.of(desired);
    }

    /** The last movement handed out for sending, if any. */
    public Optional<TankCommand.Move> lastSent() {
        return Optional.ofNullable(lastSent);
    }
}
