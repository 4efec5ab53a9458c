package chat.core.line;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of the line decoder: any bytes, any chunking, idle flushes anywhere.
 *
 * <p>A normal {@code mvn verify} runs them on the seed inputs in
 * {@code src/test/resources/chat/core/line/LineDecoderFuzzTestInputs/<method>} only. To fuzz for real:
 * <pre>JAZZER_FUZZ=1 ./mvnw -pl chat-core test -Dtest=LineDecoderFuzzTest#anyChunkingGivesThePrescribedLines</pre>
 * A crash is saved as a new input in that directory; it then runs in every build.
 */
class LineDecoderFuzzTest {
    private static final int MAX_CHUNK = 64;

    @FuzzTest(maxDuration = "60s")
    void anyChunkingGivesThePrescribedLines(FuzzedDataProvider data) {
        int maxLine = data.consumeInt(1, 64);
        LineDecoder decoder = new LineDecoder(maxLine);
        RecordingLineHandler handler = new RecordingLineHandler();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        while (data.remainingBytes() > 0) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, MAX_CHUNK));
            stream.writeBytes(chunk);
            ByteBuffer src = ByteBuffer.wrap(chunk);
            decoder.decode(src, handler);
            assertThat(src.hasRemaining()).isFalse();
        }

        List<String> expected = LineModel.expectedEvents(stream.toByteArray(), maxLine);
        assertThat(handler.events).containsExactlyElementsOf(expected);
    }

    @FuzzTest(maxDuration = "60s")
    void idleFlushesAndStopsNeverBreakTheLimits(FuzzedDataProvider data) {
        int maxLine = data.consumeInt(1, 64);
        LineDecoder decoder = new LineDecoder(maxLine);
        RecordingLineHandler handler = new RecordingLineHandler(data.consumeInt(-1, 8));
        int rounds = 0;
        while (data.remainingBytes() > 0 && rounds++ < 1_000) {
            ByteBuffer src = ByteBuffer.wrap(data.consumeBytes(data.consumeInt(1, MAX_CHUNK)));
            int before = src.position();
            decoder.decode(src, handler);
            assertThat(src.position()).isGreaterThanOrEqualTo(before);
            if (data.consumeBoolean()) {
                decoder.endPendingLine(handler);
                assertThat(decoder.hasPendingLine()).isFalse();
            }
        }

        for (byte[] line : handler.rawLines) {
            assertThat(line.length).isLessThanOrEqualTo(maxLine);
            assertThat(line).doesNotContain((byte) '\n');
        }
    }
}
