package chat.core.frame;

import chat.core.protocol.ProtocolException;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of the frame decoder and parser on untrusted bytes: whatever arrives, in whatever
 * chunks, the only failures are {@link ProtocolException}s (never an IndexOutOfBounds,
 * NegativeArraySize, OutOfMemory or any other exception).
 *
 * <p>A normal {@code mvn verify} runs them on the seed inputs in
 * {@code src/test/resources/chat/core/frame/FrameDecoderFuzzTestInputs/<method>} only. To fuzz for real:
 * <pre>JAZZER_FUZZ=1 ./mvnw -pl chat-core test -Dtest=FrameDecoderFuzzTest#arbitraryChunksOnlyEverFailWithProtocolExceptions</pre>
 * A crash is saved as a new input in that directory; it then runs in every build.
 */
class FrameDecoderFuzzTest {
    private static final int MAX_CHUNK = 256;

    @FuzzTest(maxDuration = "60s")
    void arbitraryChunksOnlyEverFailWithProtocolExceptions(FuzzedDataProvider data) {
        int maxFrame = data.consumeInt(1, 1 << 16);
        FrameDecoder decoder = new FrameDecoder(maxFrame);
        FrameHandler handler = FrameDecoderFuzzTest::parseAndReencode;
        while (data.remainingBytes() > 0) {
            ByteBuffer src = ByteBuffer.wrap(data.consumeBytes(data.consumeInt(1, MAX_CHUNK)));
            while (src.hasRemaining()) {
                int before = src.position();
                try {
                    decoder.decode(src, handler);
                } catch (ProtocolException e) {
                    if (e.fatal()) {
                        return; // the connection closes: nothing more is read
                    }
                    assertThat(src.position()).isGreaterThan(before);
                }
            }
            assertThat(decoder.bufferedBytes()).isLessThanOrEqualTo(4 + maxFrame);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void arbitraryBodiesOnlyEverFailWithProtocolExceptions(FuzzedDataProvider data) {
        int typeCode = data.consumeInt(0, 255);
        ByteBuffer body = ByteBuffer.wrap(data.consumeRemainingAsBytes());
        try {
            parseAndReencode(typeCode, body);
        } catch (ProtocolException e) {
            assertThat(e.code()).isNotNull();
        }
    }

    /** Parses a frame and checks that what was parsed encodes to a frame that parses the same. */
    private static boolean parseAndReencode(int typeCode, ByteBuffer body) throws ProtocolException {
        Frame frame = FrameParser.parse(typeCode, body);
        assertThat(frame.type().code()).isEqualTo(typeCode);
        if (frame instanceof Frame.Message) {
            return true; // nick and address may be any bytes, which a String does not keep
        }
        ByteBuffer wire = FrameEncoder.encode(frame);
        int type = wire.get(4) & 0xFF;
        Frame again = FrameParser.parse(type, wire.position(5));
        assertThat(again).isEqualTo(frame);
        return true;
    }
}
