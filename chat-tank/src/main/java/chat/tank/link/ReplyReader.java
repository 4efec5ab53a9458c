package chat.tank.link;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the robot's replies: JSON objects concatenated with no separator, split or joined arbitrarily
 * across TCP reads. Jackson's streaming parser pulls more bytes whenever a value is incomplete, so the
 * framing is simply "one JSON value after another".
 */
public final class ReplyReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final ObjectReader READER = MAPPER.readerFor(JsonNode.class);

    private ReplyReader() {
    }

    /**
     * Reads replies until the stream ends, handing each object to {@code sink}. Blocks; returns normally
     * at end of stream. Values that are not objects are skipped.
     *
     * @throws IOException when the stream fails or carries something that is not JSON
     */
    public static void readAll(InputStream in, Consumer<RobotReply> sink) throws IOException {
        try (MappingIterator<JsonNode> values = READER.readValues(in)) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                if (value != null && value.isObject()) {
                    sink.accept(RobotReply.of(value));
                }
            }
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }
}
