package chat.tank.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;

/**
 * One flat JSON object sent by the robot, such as {@code {"cmd" : "alive"}} or
 * {@code {"cmd" : "distance", "distance" :"23.4"}}.
 */
public record RobotReply(String cmd, JsonNode body) {
    public static final String CONNECTION = "connection";
    public static final String ALIVE = "alive";
    public static final String DISTANCE = "distance";
    public static final String DISCONNECT = "disconnect";

    /** Wraps a parsed object; {@code cmd} is empty when the object has none. */
    public static RobotReply of(JsonNode body) {
        JsonNode cmd = body.get("cmd");
        return new RobotReply(cmd != null && cmd.isTextual() ? cmd.asText() : "", body);
    }

    /** The distance reading in centimetres; the robot sends it as a string, a number is accepted too. */
    public OptionalDouble distance() {
        JsonNode value = body.get(DISTANCE);
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (value.isNumber()) {
            return OptionalDouble.of(value.asDouble());
        }
        if (value.isTextual()) {
            try {
                double parsed = Double.parseDouble(value.asText().trim());
                return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }
}
