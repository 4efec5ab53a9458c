package chat.tank.drive;

import chat.tank.command.TankCommand;

/**
 * The driving logic, free of any terminal: keys move a virtual joystick on a 3×3 grid and set a strength;
 * the joystick position gives the robot's angle.
 *
 * <p>A terminal reports key presses (and auto-repeats) but never key releases, so the joystick latches:
 * up/down step the forward axis through back, centre and forward; left/right step the turning axis; the
 * opposite key brings an axis back to the centre; space centres both (stop). Forward + left gives 45°,
 * left alone 90° (turn on the spot), back 180°, right 270°. Auto-repeat of a held key changes nothing once
 * the axis is at its end, so repeats never produce new commands.
 */
public final class DriveController {
    public static final int DEFAULT_STRENGTH = 50;
    public static final int STRENGTH_STEP = 10;
    public static final int MIN_STRENGTH = 10;
    public static final int MAX_STRENGTH = 100;
    private static final int FULL_CIRCLE = 360;

    private int forward;
    private int left;
    private int strength = DEFAULT_STRENGTH;

    /** Applies one key and returns the movement the robot should now have. */
    public TankCommand.Move press(DriveKey key) {
        switch (key) {
            case FORWARD -> forward = Math.min(forward + 1, 1);
            case BACK -> forward = Math.max(forward - 1, -1);
            case LEFT -> left = Math.min(left + 1, 1);
            case RIGHT -> left = Math.max(left - 1, -1);
            case STOP -> {
                forward = 0;
                left = 0;
            }
            case FASTER -> strength = Math.min(strength + STRENGTH_STEP, MAX_STRENGTH);
            case SLOWER -> strength = Math.max(strength - STRENGTH_STEP, MIN_STRENGTH);
            case QUIT -> {
                forward = 0;
                left = 0;
            }
            case OTHER -> {
                // not a driving key
            }
        }
        return movement();
    }

    /** The movement for the current joystick position; {@link TankCommand.Move#STOP} when centred. */
    public TankCommand.Move movement() {
        if (forward == 0 && left == 0) {
            return TankCommand.Move.STOP;
        }
        int angle = (int) Math.round(Math.toDegrees(Math.atan2(left, forward)));
        return new TankCommand.Move((angle + FULL_CIRCLE) % FULL_CIRCLE, strength);
    }

    /** The strength the next movement will use (also while stopped). */
    public int strength() {
        return strength;
    }
}
