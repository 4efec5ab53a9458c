package chat.bench.jmh;

import chat.core.frame.Frame;
import chat.core.frame.FrameDecoder;
import chat.core.frame.FrameEncoder;
import chat.core.frame.FrameHandler;
import chat.core.frame.FrameParser;
import chat.core.protocol.ProtocolException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Frame decoding and encoding with chat-core, as the server and clients do it: a 64 KiB read
 * full of MESSAGE frames decoded (with and without parsing each into a record), and one MESSAGE
 * encoded the server's way (into a reused buffer) and the client's way (a new buffer).
 * The {@code bytes} secondary result is the throughput in bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FrameCodecBenchmark {
    private static final int READ_BYTES = 64 * 1024;
    private static final byte[] NICK = "alice".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ADDRESS = "192.168.0.3".getBytes(StandardCharsets.US_ASCII);

    @Param({"64", "1024"})
    public int textBytes;

    private ByteBuffer read;
    private ByteBuffer text;
    private ByteBuffer out;
    private Frame.Message message;
    private final FrameDecoder decoder = new FrameDecoder(1 << 20);

    @Setup
    public void setUp() {
        byte[] t = new byte[textBytes];
        java.util.Arrays.fill(t, (byte) 'x');
        text = ByteBuffer.wrap(t);
        int frameBytes = FrameEncoder.messageFrameLength(NICK.length, ADDRESS.length, textBytes);
        read = ByteBuffer.allocate(READ_BYTES / frameBytes * frameBytes);
        while (read.remaining() >= frameBytes) {
            FrameEncoder.writeMessage(read, 7, 1_700_000_000_000L, 0, NICK, ADDRESS, text);
        }
        read.flip();
        out = ByteBuffer.allocate(frameBytes);
        message = new Frame.Message(7, 1_700_000_000_000L, false, "alice", "192.168.0.3", new String(t, StandardCharsets.US_ASCII));
    }

    @Benchmark
    public int decodeFrames(ByteCounter counter) throws ProtocolException {
        ByteBuffer src = read.duplicate();
        int[] frames = new int[1];
        FrameHandler count = (type, body) -> {
            frames[0] += type;
            return true;
        };
        decoder.decode(src, count);
        counter.bytes += read.remaining();
        return frames[0];
    }

    @Benchmark
    public void decodeAndParseMessages(ByteCounter counter, Blackhole bh) throws ProtocolException {
        ByteBuffer src = read.duplicate();
        decoder.decode(src, (type, body) -> {
            bh.consume(FrameParser.parse(type, body));
            return true;
        });
        counter.bytes += read.remaining();
    }

    @Benchmark
    public ByteBuffer encodeMessageIntoReusedBuffer(ByteCounter counter) {
        out.clear();
        FrameEncoder.writeMessage(out, 7, 1_700_000_000_000L, 0, NICK, ADDRESS, text);
        counter.bytes += out.position();
        return out;
    }

    @Benchmark
    public ByteBuffer encodeMessageRecord(ByteCounter counter) {
        ByteBuffer b = FrameEncoder.encode(message);
        counter.bytes += b.remaining();
        return b;
    }
}
