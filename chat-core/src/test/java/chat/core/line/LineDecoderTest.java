package chat.core.line;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static chat.core.line.RecordingLineHandler.OVERLONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Line mode input: newline-terminated UTF-8 lines, split anywhere, with a length limit. */
class LineDecoderTest {
    private static final int MAX = 16;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> decode(int maxLine, byte[]... chunks) {
        LineDecoder decoder = new LineDecoder(maxLine);
        RecordingLineHandler handler = new RecordingLineHandler();
        for (byte[] chunk : chunks) {
            ByteBuffer src = ByteBuffer.wrap(chunk);
            decoder.decode(src, handler);
            assertThat(src.hasRemaining()).isFalse();
        }
        return handler.events;
    }

    @Test
    void aChunkOfWholeLinesGivesEachLine() {
        assertThat(decode(MAX, utf8("one\ntwo\n\nthree\n"))).containsExactly("one", "two", "", "three");
    }

    @Test
    void linesSplitAtEveryOffsetGiveTheSameLines() {
        byte[] stream = utf8("salut\r\nÉlodie 👋\nthis line is too long for sixteen\n\nça va ?\n");
        List<String> expected = List.of("salut", "Élodie 👋", OVERLONG, "", "ça va ?");

        for (int cut = 0; cut <= stream.length; cut++) {
            assertThat(decode(MAX, Arrays.copyOfRange(stream, 0, cut), Arrays.copyOfRange(stream, cut, stream.length)))
                    .as("cut at %d", cut).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void linesFedOneByteAtATimeGiveTheSameLines() {
        byte[] stream = utf8("salut\r\nÉlodie 👋\nthis line is too long for sixteen\n\nça va ?\n");
        byte[][] bytes = new byte[stream.length][];
        for (int i = 0; i < stream.length; i++) {
            bytes[i] = new byte[] {stream[i]};
        }

        assertThat(decode(MAX, bytes)).containsExactly("salut", "Élodie 👋", OVERLONG, "", "ça va ?");
    }

    @Test
    void aTrailingCarriageReturnIsDropped() {
        assertThat(decode(MAX, utf8("a\r\nb\r\n"))).containsExactly("a", "b");
    }

    @Test
    void aCarriageReturnElsewhereIsKept() {
        assertThat(decode(MAX, utf8("a\rb\n\r\r\n"))).containsExactly("a\rb", "\r");
    }

    @Test
    void aCarriageReturnAndItsNewlineInDifferentChunksAreStillDropped() {
        assertThat(decode(MAX, utf8("abc\r"), utf8("\n"))).containsExactly("abc");
    }

    @Test
    void aLineOfExactlyMaxBytesIsDelivered() {
        assertThat(decode(MAX, utf8("x".repeat(MAX) + "\n"))).containsExactly("x".repeat(MAX));
    }

    @Test
    void aLineOfExactlyMaxBytesWithCrLfIsDelivered() {
        assertThat(decode(MAX, utf8("x".repeat(MAX) + "\r\n"))).containsExactly("x".repeat(MAX));
    }

    @Test
    void aLineOfMaxPlusOneBytesIsOverlong() {
        assertThat(decode(MAX, utf8("x".repeat(MAX + 1) + "\n"))).containsExactly(OVERLONG);
    }

    @Test
    void anOverlongLineIsReportedOnceAndTheNextLineIsIntact() {
        assertThat(decode(MAX, utf8("y".repeat(100) + "\nnext\n"))).containsExactly(OVERLONG, "next");
    }

    @Test
    void anOverlongLineArrivingInManyChunksIsReportedOnce() {
        byte[][] chunks = new byte[20][];
        Arrays.fill(chunks, utf8("0123456789"));

        List<String> events = decode(MAX, concat(concat(chunks), utf8("\nafter\n")));

        assertThat(events).containsExactly(OVERLONG, "after");
    }

    @Test
    void anOverlongLineSpreadOverChunksIsDiscardedUpToItsNewline() {
        List<String> events = decode(MAX, utf8("0123456789"), utf8("0123456789"), utf8("0123456789"),
                utf8("tail\nafter\n"));

        assertThat(events).containsExactly(OVERLONG, "after");
    }

    @Test
    void endPendingLineDeliversAnUnfinishedLine() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler();
        decoder.decode(ByteBuffer.wrap(utf8("bonjour")), handler);
        assertThat(handler.events).isEmpty();
        assertThat(decoder.hasPendingLine()).isTrue();

        boolean goOn = decoder.endPendingLine(handler);

        assertThat(goOn).isTrue();
        assertThat(handler.events).containsExactly("bonjour");
        assertThat(decoder.hasPendingLine()).isFalse();
    }

    @Test
    void endPendingLineDropsATrailingCarriageReturn() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler();
        decoder.decode(ByteBuffer.wrap(utf8("hi\r")), handler);

        decoder.endPendingLine(handler);

        assertThat(handler.events).containsExactly("hi");
    }

    @Test
    void endPendingLineWithNothingPendingDeliversNothing() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler();
        decoder.decode(ByteBuffer.wrap(utf8("done\n")), handler);

        assertThat(decoder.hasPendingLine()).isFalse();
        assertThat(decoder.endPendingLine(handler)).isTrue();
        assertThat(handler.events).containsExactly("done");
    }

    @Test
    void endPendingLineEndsTheDiscardOfAnOverlongLine() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler();
        decoder.decode(ByteBuffer.wrap(utf8("z".repeat(40))), handler);
        assertThat(decoder.hasPendingLine()).isTrue();

        decoder.endPendingLine(handler);
        decoder.decode(ByteBuffer.wrap(utf8("fresh\n")), handler);

        assertThat(handler.events).containsExactly(OVERLONG, "fresh");
    }

    @Test
    void classroomMessagesWithoutNewlineEndedByIdlenessAreSeparateLines() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler();
        for (String message : List.of("salut", "ça va", "bye")) {
            decoder.decode(ByteBuffer.wrap(utf8(message)), handler);
            decoder.endPendingLine(handler);
        }

        assertThat(handler.events).containsExactly("salut", "ça va", "bye");
    }

    @Test
    void aMultiByteCharacterSplitAcrossChunksIsKeptIntact() {
        byte[] emoji = utf8("👋");
        byte[] e = utf8("é");

        List<String> events = decode(MAX, new byte[] {'a', emoji[0]}, new byte[] {emoji[1], emoji[2]},
                new byte[] {emoji[3], e[0]}, new byte[] {e[1], '\n'});

        assertThat(events).containsExactly("a👋é");
    }

    @Test
    void aMultiByteCharacterSplitAcrossChunksIsKeptIntactWhenEndedByIdleness() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler();
        byte[] e = utf8("é");
        decoder.decode(ByteBuffer.wrap(new byte[] {e[0]}), handler);
        decoder.decode(ByteBuffer.wrap(new byte[] {e[1]}), handler);

        decoder.endPendingLine(handler);

        assertThat(handler.rawLines).containsExactly(e);
    }

    @Test
    void aFalseFromTheHandlerStopsRightAfterThatLine() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler(1);
        ByteBuffer src = ByteBuffer.wrap(utf8("/quit\nnot read\n"));

        decoder.decode(src, handler);

        assertThat(handler.events).containsExactly("/quit");
        assertThat(src.position()).isEqualTo(6);
    }

    @Test
    void aFalseFromTheHandlerOnALineCompletedAcrossChunksStopsRightAfterIt() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler(1);
        decoder.decode(ByteBuffer.wrap(utf8("/qu")), handler);
        ByteBuffer rest = ByteBuffer.wrap(utf8("it\nnot read\n"));

        decoder.decode(rest, handler);

        assertThat(handler.events).containsExactly("/quit");
        assertThat(rest.position()).isEqualTo(3);
        assertThat(decoder.hasPendingLine()).isFalse();
    }

    @Test
    void endPendingLineReturnsTheHandlersAnswer() {
        LineDecoder decoder = new LineDecoder(MAX);
        RecordingLineHandler handler = new RecordingLineHandler(1);
        decoder.decode(ByteBuffer.wrap(utf8("/quit")), handler);

        assertThat(decoder.endPendingLine(handler)).isFalse();
    }

    @Test
    void aLineLongerThanTheInitialBufferIsAssembledAcrossChunks() {
        String line = "é".repeat(1000);
        byte[] bytes = utf8(line + "\n");
        List<byte[]> chunks = new ArrayList<>();
        for (int at = 0; at < bytes.length; at += 7) {
            chunks.add(Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 7)));
        }

        assertThat(decode(4096, chunks.toArray(new byte[0][]))).containsExactly(line);
    }

    @Test
    void randomStreamsCutIntoRandomChunksGiveThePrescribedLines() {
        Random random = new Random(99);
        byte[] alphabet = utf8("ab\r\n\n é");
        for (int round = 0; round < 3_000; round++) {
            byte[] stream = new byte[random.nextInt(80)];
            for (int i = 0; i < stream.length; i++) {
                stream[i] = alphabet[random.nextInt(alphabet.length)];
            }
            int maxLine = 1 + random.nextInt(12);
            List<byte[]> chunks = new ArrayList<>();
            int at = 0;
            while (at < stream.length) {
                int n = Math.min(stream.length - at, 1 + random.nextInt(10));
                chunks.add(Arrays.copyOfRange(stream, at, at + n));
                at += n;
            }
            List<String> events = decode(maxLine, chunks.toArray(new byte[0][]));
            assertThat(events).as("%s / max %d", new String(stream, StandardCharsets.UTF_8), maxLine)
                    .containsExactlyElementsOf(LineModel.expectedEvents(stream, maxLine));
        }
    }

    @Test
    void aMaxLineBelowOneIsRefused() {
        assertThatThrownBy(() -> new LineDecoder(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(total);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }
}
