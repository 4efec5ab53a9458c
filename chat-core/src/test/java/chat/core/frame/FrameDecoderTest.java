package chat.core.frame;

import chat.core.protocol.BadFrameException;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameTooLargeException;
import chat.core.protocol.FrameType;
import chat.core.protocol.ProtocolException;
import chat.core.protocol.ProtocolLimits;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The incremental frame decoder: fragmentation, coalescing, length checks, stopping and recovery. */
class FrameDecoderTest {
    private static final int MAX_FRAME = ProtocolLimits.DEFAULT_MAX_FRAME;

    private static byte[] header(int length) {
        return ByteBuffer.allocate(4).putInt(length).array();
    }

    @Test
    void aStreamSplitInTwoAtEveryOffsetYieldsTheSameFrames() throws ProtocolException {
        byte[] wire = FrameSamples.allEncoded();
        List<Frame> expected = FrameSamples.all();

        for (int cut = 0; cut <= wire.length; cut++) {
            List<Frame> decoded = CollectingHandler.decodeChunks(MAX_FRAME,
                    List.of(Arrays.copyOfRange(wire, 0, cut), Arrays.copyOfRange(wire, cut, wire.length)));
            assertThat(decoded).as("split at %d", cut).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aStreamFedOneByteAtATimeYieldsTheSameFrames() throws ProtocolException {
        byte[] wire = FrameSamples.allEncoded();
        List<byte[]> chunks = new ArrayList<>();
        for (byte b : wire) {
            chunks.add(new byte[] {b});
        }

        assertThat(CollectingHandler.decodeChunks(MAX_FRAME, chunks)).containsExactlyElementsOf(FrameSamples.all());
    }

    @Test
    void aStreamCutIntoRandomChunksYieldsTheSameFrames() throws ProtocolException {
        byte[] wire = FrameSamples.allEncoded();
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<byte[]> chunks = new ArrayList<>();
            int at = 0;
            while (at < wire.length) {
                int n = Math.min(wire.length - at, random.nextInt(40));
                chunks.add(Arrays.copyOfRange(wire, at, at + n));
                at += n;
            }
            assertThat(CollectingHandler.decodeChunks(MAX_FRAME, chunks)).containsExactlyElementsOf(FrameSamples.all());
        }
    }

    @Test
    void manyFramesCoalescedInOneChunkAreAllHandedOver() throws ProtocolException {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            frames.add(new Frame.Say("message " + i));
        }

        assertThat(CollectingHandler.decodeChunks(MAX_FRAME, List.of(FrameSamples.concat(frames))))
                .containsExactlyElementsOf(frames);
    }

    @Test
    void aWholeFrameInOneChunkIsNotBuffered() throws ProtocolException {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);

        decoder.decode(ByteBuffer.wrap(FrameSamples.allEncoded()), (type, body) -> true);

        assertThat(decoder.hasPartialFrame()).isFalse();
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void aHalfReceivedFrameIsReportedAsPartial() throws ProtocolException {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        byte[] wire = FrameSamples.concat(List.of(new Frame.Say("hello")));

        decoder.decode(ByteBuffer.wrap(wire, 0, 7), (type, body) -> true);

        assertThat(decoder.hasPartialFrame()).isTrue();
        assertThat(decoder.bufferedBytes()).isEqualTo(3);
    }

    @Test
    void aHalfReceivedHeaderIsReportedAsPartial() throws ProtocolException {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);

        decoder.decode(ByteBuffer.wrap(new byte[] {0, 0}), (type, body) -> true);

        assertThat(decoder.hasPartialFrame()).isTrue();
        assertThat(decoder.bufferedBytes()).isEqualTo(2);
    }

    @Test
    void theHandlerSeesTheTypeCodeAndTheBodyAfterIt() throws ProtocolException {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        List<String> seen = new ArrayList<>();

        decoder.decode(ByteBuffer.wrap(new byte[] {0, 0, 0, 3, 0x05, 'h', 'i'}), (type, body) -> {
            byte[] bytes = new byte[body.remaining()];
            body.get(bytes);
            seen.add(type + ":" + new String(bytes));
            return true;
        });

        assertThat(seen).containsExactly("5:hi");
    }

    @Test
    void aFrameOfLengthZeroIsAFatalBadFrame() {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        List<Integer> handled = new ArrayList<>();

        assertThatThrownBy(() -> decoder.decode(ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 0x08, 0, 0, 0, 1, 0x08}),
                (type, body) -> handled.add(type)))
                .isInstanceOfSatisfying(BadFrameException.class, e -> {
                    assertThat(e.fatal()).isTrue();
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_FRAME);
                });
        assertThat(handled).isEmpty();
    }

    @Test
    void aLengthZeroIsRefusedBeforeAnyFurtherByteIsRead() {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        ByteBuffer src = ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 0x08, 0x08, 0x08});

        assertThatThrownBy(() -> decoder.decode(src, (type, body) -> true)).isInstanceOf(BadFrameException.class);
        assertThat(src.position()).isEqualTo(4);
    }

    @Test
    void aLengthAboveMaxFrameIsAFatalFrameTooLarge() {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        ByteBuffer src = ByteBuffer.wrap(header(MAX_FRAME + 1));

        assertThatThrownBy(() -> decoder.decode(src, (type, body) -> true))
                .isInstanceOfSatisfying(FrameTooLargeException.class, e -> {
                    assertThat(e.fatal()).isTrue();
                    assertThat(e.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
                });
    }

    @Test
    void aLengthOfExactlyMaxFrameIsAccepted() throws ProtocolException {
        FrameDecoder decoder = new FrameDecoder(4096);
        ByteBuffer frame = FrameEncoder.frame(FrameType.SAY, new byte[0], "x".repeat(4095).getBytes());
        List<Integer> sizes = new ArrayList<>();

        decoder.decode(frame, (type, body) -> sizes.add(body.remaining()));

        assertThat(sizes).containsExactly(4095);
    }

    @Test
    void aLengthWithTheTopBitSetIsTooLargeNotNegative() {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);

        assertThatThrownBy(() -> decoder.decode(ByteBuffer.wrap(new byte[] {-1, -1, -1, -1}), (type, body) -> true))
                .isInstanceOf(FrameTooLargeException.class)
                .hasMessageContaining("4294967295");
    }

    @Test
    void aLengthOfIntegerMinValueIsTooLarge() {
        FrameDecoder decoder = new FrameDecoder(Integer.MAX_VALUE);

        assertThatThrownBy(() -> decoder.decode(ByteBuffer.wrap(header(Integer.MIN_VALUE)), (type, body) -> true))
                .isInstanceOf(FrameTooLargeException.class);
    }

    @Test
    void aTooLargeLengthIsRefusedAsSoonAsItsFourthByteArrivesWithoutBufferingTheBody() throws ProtocolException {
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        byte[] header = header(0x7FFF_FFFF);
        for (int i = 0; i < 3; i++) {
            decoder.decode(ByteBuffer.wrap(header, i, 1), (type, body) -> true);
        }
        ByteBuffer last = ByteBuffer.wrap(new byte[] {header[3], 1, 2, 3});

        assertThatThrownBy(() -> decoder.decode(last, (type, body) -> true))
                .isInstanceOf(FrameTooLargeException.class);
        assertThat(last.position()).isEqualTo(1);
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void aFalseFromTheHandlerStopsRightAfterThatFrame() throws ProtocolException {
        byte[] first = FrameSamples.concat(List.of(new Frame.Say("one"), new Frame.Bye()));
        byte[] wire = FrameSamples.concat(List.of(new Frame.Say("one"), new Frame.Bye(), new Frame.Say("after")));
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        List<Integer> types = new ArrayList<>();
        ByteBuffer src = ByteBuffer.wrap(wire);

        decoder.decode(src, (type, body) -> {
            types.add(type);
            return type != FrameType.BYE.code();
        });

        assertThat(types).containsExactly(FrameType.SAY.code(), FrameType.BYE.code());
        assertThat(src.position()).isEqualTo(first.length);
        assertThat(decoder.hasPartialFrame()).isFalse();
    }

    @Test
    void decodingGoesOnWhereItStoppedOnTheNextCall() throws ProtocolException {
        byte[] wire = FrameSamples.concat(List.of(new Frame.Bye(), new Frame.Say("after")));
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        CollectingHandler collector = new CollectingHandler();
        ByteBuffer src = ByteBuffer.wrap(wire);

        decoder.decode(src, (type, body) -> false);
        decoder.decode(src, collector);

        assertThat(collector.frames).containsExactly(new Frame.Say("after"));
    }

    @Test
    void aFalseFromTheHandlerOnAFrameCompletedAcrossChunksStopsRightAfterIt() throws ProtocolException {
        byte[] wire = FrameSamples.concat(List.of(new Frame.Say("one"), new Frame.Say("two")));
        int firstLength = wire.length / 2;
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        decoder.decode(ByteBuffer.wrap(wire, 0, 6), (type, body) -> true);
        ByteBuffer rest = ByteBuffer.wrap(wire, 6, wire.length - 6);

        decoder.decode(rest, (type, body) -> false);

        assertThat(rest.position()).isEqualTo(firstLength);
    }

    @Test
    void aNonFatalErrorFromTheHandlerLeavesTheDecoderReadyForTheNextFrame() throws ProtocolException {
        byte[] unknown = {0, 0, 0, 2, 0x7E, 1};
        byte[] say = FrameSamples.concat(List.of(new Frame.Say("still here")));
        byte[] wire = ByteBuffer.allocate(unknown.length + say.length).put(unknown).put(say).array();
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        CollectingHandler collector = new CollectingHandler();
        ByteBuffer src = ByteBuffer.wrap(wire);

        assertThatThrownBy(() -> decoder.decode(src, collector))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.fatal()).isFalse());
        assertThat(src.position()).isEqualTo(unknown.length);
        decoder.decode(src, collector);

        assertThat(collector.frames).containsExactly(new Frame.Say("still here"));
    }

    @Test
    void aNonFatalErrorOnAFrameSplitAcrossChunksAlsoLeavesTheDecoderReady() throws ProtocolException {
        byte[] badWhisper = {0, 0, 0, 3, 0x11, 0, 1};
        byte[] say = FrameSamples.concat(List.of(new Frame.Say("ok")));
        FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
        CollectingHandler collector = new CollectingHandler();
        decoder.decode(ByteBuffer.wrap(badWhisper, 0, 5), collector);

        assertThatThrownBy(() -> decoder.decode(ByteBuffer.wrap(badWhisper, 5, 2), collector))
                .isInstanceOf(BadFrameException.class);
        decoder.decode(ByteBuffer.wrap(say), collector);

        assertThat(collector.frames).containsExactly(new Frame.Say("ok"));
        assertThat(decoder.hasPartialFrame()).isFalse();
    }

    @Test
    void aMaxFrameBelowOneIsRefused() {
        assertThatThrownBy(() -> new FrameDecoder(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
