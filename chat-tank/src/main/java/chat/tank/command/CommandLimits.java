package chat.tank.command;

/**
 * The value ranges the client accepts for each robot command field, checked before anything is sent.
 *
 * <p>Angles and strengths are the robot's own documented ranges. The robot does not document its camera
 * range: its two camera servos are driven in degrees, so the client accepts 0..180 on both axes, 90 being
 * the centre.
 */
public final class CommandLimits {
    public static final int ANGLE_MIN = 0;
    public static final int ANGLE_MAX = 359;
    public static final int STRENGTH_MIN = 0;
    public static final int STRENGTH_MAX = 100;
    public static final int COLOUR_MIN = 0;
    public static final int COLOUR_MAX = 255;
    public static final int CAMERA_MIN = 0;
    public static final int CAMERA_MAX = 180;
    /** The longest keep-alive command name accepted; a name is ASCII letters only. */
    public static final int KEEP_ALIVE_NAME_MAX = 32;

    private CommandLimits() {
    }

    /** Returns {@code value} when it lies in {@code min..max}, otherwise refuses it under the field's name. */
    static int requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidCommandException("error.range", field, value, min, max);
        }
        return value;
    }
}
