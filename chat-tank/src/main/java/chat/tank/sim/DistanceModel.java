package chat.tank.sim;

import java.util.Locale;
import java.util.Random;

/**
 * A plausible ultrasonic distance reading: the obstacle ahead comes closer while the robot drives
 * forward, moves away while it reverses, with a little sensor noise; after a near-collision the robot is
 * assumed to have turned and sees open space again.
 */
final class DistanceModel {
    private static final double START_CM = 80.0;
    private static final double MIN_CM = 4.0;
    private static final double MAX_CM = 250.0;
    private static final double FULL_SPEED_CM_PER_S = 30.0;
    private static final double NOISE_CM = 0.4;
    private static final double OPEN_SPACE_MIN_CM = 60.0;
    private static final double OPEN_SPACE_SPAN_CM = 140.0;
    private static final double NANOS_PER_SECOND = 1e9;

    private final Random random;
    private double distance = START_CM;
    private double forwardSpeed;
    private long lastNanos;

    DistanceModel(long seed, long nowNanos) {
        this.random = new Random(seed);
        this.lastNanos = nowNanos;
    }

    /** The robot now drives with this movement (angle in degrees, strength 0..100). */
    void movement(double angleDegrees, double strength, long nowNanos) {
        advance(nowNanos);
        forwardSpeed = Math.cos(Math.toRadians(angleDegrees)) * Math.min(strength, 100) / 100 * FULL_SPEED_CM_PER_S;
    }

    /** The reading now, formatted as the robot sends it ({@code "23.4"}). */
    String reading(long nowNanos) {
        advance(nowNanos);
        double noisy = distance + (random.nextDouble() * 2 - 1) * NOISE_CM;
        return String.format(Locale.ROOT, "%.1f", Math.max(MIN_CM, noisy));
    }

    private void advance(long nowNanos) {
        double seconds = (nowNanos - lastNanos) / NANOS_PER_SECOND;
        lastNanos = nowNanos;
        distance -= forwardSpeed * seconds;
        if (distance < MIN_CM) {
            distance = OPEN_SPACE_MIN_CM + random.nextDouble() * OPEN_SPACE_SPAN_CM;
        }
        distance = Math.min(distance, MAX_CM);
    }
}
