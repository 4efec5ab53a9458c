package chat.tank.sim;

/**
 * Turns the robot's {@code (angle, strength)} into left and right track power, the classic "arcade drive" mix.
 *
 * <pre>
 *   forward = cos(angle)            (angle 0 = forward, 90 = left, 180 = back, 270 = right)
 *   turn    = sin(angle)            (positive turns left)
 *   left    = forward - turn
 *   right   = forward + turn
 *   both scaled so the larger magnitude equals strength, then rounded to whole percent
 * </pre>
 *
 * So 0° drives both tracks at +strength, 180° both at -strength, 90° spins on the spot to the left
 * (left -strength, right +strength), 270° spins right, and 45° pivots left around a stopped left track.
 */
public final class WheelMixer {
    private static final double EPSILON = 1e-9;

    private WheelMixer() {
    }

    /** The track power for a movement; strength 0 stops both tracks. */
    public static WheelPower mix(double angleDegrees, double strength) {
        if (strength <= 0) {
            return WheelPower.STOPPED;
        }
        double radians = Math.toRadians(angleDegrees);
        double forward = Math.cos(radians);
        double turn = Math.sin(radians);
        double left = forward - turn;
        double right = forward + turn;
        double largest = Math.max(Math.abs(left), Math.abs(right));
        if (largest < EPSILON) {
            return WheelPower.STOPPED;
        }
        double scale = Math.min(strength, 100) / largest;
        return new WheelPower(roundPercent(left * scale), roundPercent(right * scale));
    }

    private static int roundPercent(double value) {
        long rounded = Math.round(value);
        return (int) (rounded == 0 ? 0 : rounded);
    }
}
