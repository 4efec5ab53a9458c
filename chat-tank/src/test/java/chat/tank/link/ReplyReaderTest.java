package chat.tank.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyReaderTest {
    private static final String REPLIES =
            "{\"cmd\" : \"connection\"}{\"cmd\" : \"alive\"}{\"cmd\" : \"distance\", \"distance\" :\"23.4\"}";

    @Test
    void parsesConcatenatedRepliesSplitAtEveryByteOffset() throws IOException {
        byte[] bytes = REPLIES.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            InputStream twoReads = new SequenceInputStream(
                    new ByteArrayInputStream(Arrays.copyOfRange(bytes, 0, cut)),
                    new ByteArrayInputStream(Arrays.copyOfRange(bytes, cut, bytes.length)));
            assertThat(commands(twoReads)).as("split at %d", cut)
                    .containsExactly("connection", "alive", "distance");
        }
    }

    @Test
    void parsesRepliesArrivingOneByteAtATime() throws IOException {
        List<RobotReply> replies = new ArrayList<>();
        ReplyReader.readAll(new OneByteAtATime(REPLIES.getBytes(StandardCharsets.UTF_8)), replies::add);
        assertThat(replies).extracting(RobotReply::cmd).containsExactly("connection", "alive", "distance");
        assertThat(replies.get(2).distance()).hasValue(23.4);
    }

    @Test
    void readsADistanceSentAsANumberAndIgnoresAMalformedOne() throws IOException {
        List<RobotReply> replies = new ArrayList<>();
        ReplyReader.readAll(stream("{\"cmd\":\"distance\",\"distance\":12.5}{\"cmd\":\"distance\",\"distance\":\"far\"}"),
                replies::add);
        assertThat(replies.get(0).distance()).hasValue(12.5);
        assertThat(replies.get(1).distance()).isEmpty();
    }

    @Test
    void failsOnTextThatIsNotJson() {
        assertThatThrownBy(() -> ReplyReader.readAll(stream("{\"cmd\":\"alive\"}garbage"), reply -> { }))
                .isInstanceOf(IOException.class);
    }

    private static List<String> commands(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        ReplyReader.readAll(in, reply -> names.add(reply.cmd()));
        return names;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream whose every read returns a single byte, like a very slow network. */
    private static final class OneByteAtATime extends InputStream {
        private final byte[] bytes;
        private int next;

        OneByteAtATime(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int b = read();
            if (b < 0) {
                return -1;
            }
            buffer[offset] = (byte) b;
            return 1;
        }
    }
}
