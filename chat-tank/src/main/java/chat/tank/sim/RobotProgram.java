package chat.tank.sim;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Set;

/**
 * The robot's command interpreter for one connection: parses one cut piece strictly, checks its fields as
 * the robot's program needs them, "executes" it by describing what the robot would do, and says what to
 * answer. Pure apart from the clock it is given; {@link TankSimulator} does the socket work.
 */
final class RobotProgram {
    static final String ALIVE_AND_DISTANCE = "{\"cmd\" : \"alive\"}{\"cmd\" : \"distance\", \"distance\" :\"%s\"}";

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES)
            .disable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
            .build();

    /** What to do after one command. */
    enum Next { CONTINUE, CLOSE }

    /** The outcome of one command: the line to print, the bytes to answer (maybe empty), what to do next. */
    record Outcome(String line, String reply, Next next, boolean keepAlive) {
    }

    private final Set<String> keepAliveNames;
    private final DistanceModel distance;
    private WheelPower wheels = WheelPower.STOPPED;

    RobotProgram(Set<String> keepAliveNames, long seed, long nowNanos) {
        this.keepAliveNames = keepAliveNames;
        this.distance = new DistanceModel(seed, nowNanos);
    }

    /** The track power of the last movement command; the robot keeps it until told otherwise. */
    WheelPower wheels() {
        return wheels;
    }

    /** Interprets one piece cut at a brace. */
    Outcome execute(String piece, long nowNanos) throws RobotFault {
        JsonNode command = parse(piece);
        JsonNode cmd = command.get("cmd");
        if (cmd == null) {
            throw new RobotFault("missing field \"cmd\" in " + piece.strip());
        }
        String name = cmd.isTextual() ? cmd.asText() : cmd.toString();
        if (keepAliveNames.contains(name)) {
            String reading = distance.reading(nowNanos);
            return new Outcome(name + " -> alive, distance " + reading + " cm",
                    String.format(Locale.ROOT, ALIVE_AND_DISTANCE, reading), Next.CONTINUE, true);
        }
        return switch (name) {
            case "robotMovement" -> move(command, nowNanos);
            case "buzz" -> say("buzz -> beep");
            case "color" -> color(command);
            case "cameraMovement" -> camera(command);
            case "manualMode" -> say("manualMode -> manual driving");
            case "followLine" -> say("followLine -> following the line on its own");
            case "autoPilot" -> say("autoPilot -> avoiding obstacles on its own");
            case "disconnect" -> disconnect();
            default -> say("ignored unknown command " + name + " (it still resets the timeout)");
        };
    }

    private Outcome move(JsonNode command, long nowNanos) throws RobotFault {
        double angle = number(command, "angle");
        double strength = number(command, "strength");
        String warning = "";
        if (angle < 0 || angle >= 360 || strength < 0 || strength > 100) {
            warning = "  !! out of range (angle 0..359, strength 0..100)";
        }
        double usedStrength = Math.max(0, Math.min(100, strength));
        wheels = WheelMixer.mix(angle, usedStrength);
        distance.movement(angle, usedStrength, nowNanos);
        return say(String.format(Locale.ROOT, "robotMovement angle=%s strength=%s -> %s%s",
                plain(angle), plain(strength), wheels, warning));
    }

    private Outcome color(JsonNode command) throws RobotFault {
        JsonNode state = command.get("state");
        if (state == null) {
            throw new RobotFault("missing field \"state\" in color");
        }
        if (!state.isBoolean() && !state.isNumber()) {
            throw new RobotFault("field \"state\" is " + state + ", not a boolean or number");
        }
        double red = number(command, "red");
        double green = number(command, "green");
        double blue = number(command, "blue");
        boolean on = state.isBoolean() ? state.asBoolean() : state.asDouble() != 0;
        return say(String.format(Locale.ROOT, "color state=%s rgb=(%s,%s,%s) -> lights %s",
                state, plain(red), plain(green), plain(blue), on ? "on" : "off"));
    }

    private Outcome camera(JsonNode command) throws RobotFault {
        double x = number(command, "x");
        double y = number(command, "y");
        return say(String.format(Locale.ROOT, "cameraMovement x=%s y=%s -> camera servos moved", plain(x), plain(y)));
    }

    private Outcome disconnect() {
        wheels = WheelPower.STOPPED;
        return new Outcome("disconnect -> motors stopped, connection closed", "", Next.CLOSE, false);
    }

    private static Outcome say(String line) {
        return new Outcome(line, "", Next.CONTINUE, false);
    }

    private static JsonNode parse(String piece) throws RobotFault {
        JsonNode node;
        try {
            node = STRICT.readTree(piece);
        } catch (JsonProcessingException e) {
            throw new RobotFault("invalid JSON " + piece.strip() + " (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new RobotFault("not a JSON object: " + piece.strip());
        }
        return node;
    }

    private static double number(JsonNode command, String field) throws RobotFault {
        JsonNode value = command.get(field);
        if (value == null) {
            throw new RobotFault("missing field \"" + field + "\" in " + command.path("cmd").asText());
        }
        if (!value.isNumber()) {
            throw new RobotFault("field \"" + field + "\" is " + value + ", not a number");
        }
        return value.asDouble();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
