package chat.tank.sim;

/** The power the robot would apply to its left and right tracks, each in percent from -100 to +100. */
public record WheelPower(int left, int right) {
    public static final WheelPower STOPPED = new WheelPower(0, 0);

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "left %+4d%% right %+4d%%", left, right);
    }
}
