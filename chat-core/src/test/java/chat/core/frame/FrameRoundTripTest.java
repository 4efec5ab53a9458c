package chat.core.frame;

import chat.core.protocol.FrameType;
import chat.core.protocol.ProtocolException;
import chat.core.protocol.ProtocolLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every frame type survives FrameEncoder.encode → FrameDecoder → FrameParser.parse unchanged. */
class FrameRoundTripTest {

    static List<Frame> samples() {
        return FrameSamples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aFrameDecodesToAnEqualFrame(Frame frame) throws ProtocolException {
        byte[] wire = FrameSamples.concat(List.of(frame));

        List<Frame> decoded = CollectingHandler.decodeChunks(ProtocolLimits.DEFAULT_MAX_FRAME, List.of(wire));

        assertThat(decoded).containsExactly(frame);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theLengthPrefixCountsTheTypeByteAndTheBody(Frame frame) {
        ByteBuffer wire = FrameEncoder.encode(frame);

        assertThat(wire.position()).isZero();
        assertThat(wire.getInt(0)).isEqualTo(wire.limit() - 4);
        assertThat(wire.get(4) & 0xFF).isEqualTo(frame.type().code());
    }

    @Test
    void theSamplesCoverEveryFrameType() {
        Set<FrameType> covered = EnumSet.noneOf(FrameType.class);
        samples().forEach(frame -> covered.add(frame.type()));

        assertThat(covered).containsExactlyInAnyOrder(FrameType.values());
    }

    @Test
    void allSampleFramesBackToBackDecodeInOrder() throws ProtocolException {
        List<Frame> decoded = CollectingHandler.decodeChunks(ProtocolLimits.DEFAULT_MAX_FRAME,
                List.of(FrameSamples.allEncoded()));

        assertThat(decoded).containsExactlyElementsOf(samples());
    }

    @Test
    void aSayOfMaxTextBytesFitsInADefaultFrame() throws ProtocolException {
        Frame say = new Frame.Say("é".repeat(ProtocolLimits.DEFAULT_MAX_TEXT / 2));
        byte[] wire = FrameSamples.concat(List.of(say));

        assertThat(CollectingHandler.decodeChunks(ProtocolLimits.DEFAULT_MAX_FRAME, List.of(wire)))
                .containsExactly(say);
    }

    @Test
    void anImageChunkOfTheLargestSizeRoundTrips() throws ProtocolException {
        byte[] data = new byte[65_536];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Frame chunk = new Frame.ImageChunk(3, data);

        assertThat(CollectingHandler.decodeChunks(ProtocolLimits.DEFAULT_MAX_FRAME,
                List.of(FrameSamples.concat(List.of(chunk))))).containsExactly(chunk);
    }
}
