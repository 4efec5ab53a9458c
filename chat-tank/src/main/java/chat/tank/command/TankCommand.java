package chat.tank.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One command for the Mini-Tank robot: a flat JSON object with a {@code cmd} name and numeric fields.
 *
 * <p>Every record checks its values when built, so an out-of-range or missing value can never reach the
 * robot (whose program crashes on a missing field or a number sent as a string). Field values are only
 * {@link Integer} or {@link Boolean}, so the encoded object is always flat and its numbers are JSON numbers.
 */
public sealed interface TankCommand {

    /** The {@code cmd} value. */
    String name();

    /** The other fields, in wire order; values are Integer or Boolean only. */
    Map<String, Object> fields();

    /** {@code robotMovement}: drive towards {@code angle} degrees (0 forward, 90 left, 180 back, 270 right). */
    record Move(int angle, int strength) implements TankCommand {
        public static final Move STOP = new Move(0, 0);

        public Move {
            CommandLimits.requireRange("angle", angle, CommandLimits.ANGLE_MIN, CommandLimits.ANGLE_MAX);
            CommandLimits.requireRange("strength", strength, CommandLimits.STRENGTH_MIN, CommandLimits.STRENGTH_MAX);
        }

        @Override
        public String name() {
            return "robotMovement";
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("angle", angle);
            fields.put("strength", strength);
            return fields;
        }

        /** True when the robot stands still. */
        public boolean stopped() {
            return strength == 0;
        }
    }

    /** {@code buzz}: sound the buzzer. */
    record Buzz() implements TankCommand {
        @Override
        public String name() {
            return "buzz";
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    /**
     * {@code color}: the robot's lights. {@code state} is sent as a JSON boolean (true = on); red, green and
     * blue are 0..255. Light off is state false with all channels 0.
     */
    record Color(boolean state, int red, int green, int blue) implements TankCommand {
        public static final Color OFF = new Color(false, 0, 0, 0);

        public Color {
            CommandLimits.requireRange("red", red, CommandLimits.COLOUR_MIN, CommandLimits.COLOUR_MAX);
            CommandLimits.requireRange("green", green, CommandLimits.COLOUR_MIN, CommandLimits.COLOUR_MAX);
            CommandLimits.requireRange("blue", blue, CommandLimits.COLOUR_MIN, CommandLimits.COLOUR_MAX);
        }

        @Override
        public String name() {
            return "color";
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("state", state);
            fields.put("red", red);
            fields.put("green", green);
            fields.put("blue", blue);
            return fields;
        }
    }

    /** {@code cameraMovement}: point the camera; both axes in servo degrees 0..180, 90 = centre. */
    record Camera(int x, int y) implements TankCommand {
        public Camera {
            CommandLimits.requireRange("x", x, CommandLimits.CAMERA_MIN, CommandLimits.CAMERA_MAX);
            CommandLimits.requireRange("y", y, CommandLimits.CAMERA_MIN, CommandLimits.CAMERA_MAX);
        }

        @Override
        public String name() {
            return "cameraMovement";
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("x", x);
            fields.put("y", y);
            return fields;
        }
    }

    /** {@code manualMode}, {@code followLine} or {@code autoPilot}. */
    record Mode(RobotMode mode) implements TankCommand {
        public Mode {
            if (mode == null) {
                throw new InvalidCommandException("error.mode", "null");
            }
        }

        @Override
        public String name() {
            return mode.commandName();
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    /** The keep-alive; its name is configurable because the handout and the robot's code disagree. */
    record KeepAlive(String name) implements TankCommand {
        private static final Pattern NAME = Pattern.compile("[A-Za-z]{1," + CommandLimits.KEEP_ALIVE_NAME_MAX + "}");

        public KeepAlive {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidCommandException("error.keepalive.name", String.valueOf(name));
            }
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    /** {@code disconnect}: the robot stops its motors and closes the connection. */
    record Disconnect() implements TankCommand {
        @Override
        public String name() {
            return "disconnect";
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of();
        }
    }
}
