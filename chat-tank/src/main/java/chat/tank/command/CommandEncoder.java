package chat.tank.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Encodes a {@link TankCommand} as the compact flat JSON object the robot reads, for example
 * {@code {"cmd":"robotMovement","angle":90,"strength":50}}: {@code cmd} first, then the fields in order,
 * numbers as JSON numbers. The robot cuts its input at every {@code }}, so nothing is ever nested.
 */
public final class CommandEncoder {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int TYPICAL_SIZE = 64;

    private CommandEncoder() {
    }

    /** The UTF-8 bytes of one command, to be sent in one write. */
    public static byte[] encode(TankCommand command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(TYPICAL_SIZE);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("cmd", command.name());
            for (Map.Entry<String, Object> field : command.fields().entrySet()) {
                writeField(json, field.getKey(), field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + command.name(), e);
        }
        return bytes.toByteArray();
    }

    /** The same command as text, for logs and tests. */
    public static String encodeToString(TankCommand command) {
        return new String(encode(command), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeField(JsonGenerator json, String name, Object value) throws IOException {
        if (value instanceof Integer number) {
            json.writeNumberField(name, number);
        } else if (value instanceof Boolean flag) {
            json.writeBooleanField(name, flag);
        } else {
            throw new IllegalStateException("robot fields are numbers or booleans, not " + value);
        }
    }
}
