package chat.bench.jmh;

import chat.server.conn.OutboundQueue;
import chat.server.conn.Slab;
import chat.server.conn.SlabPool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.util.ArrayDeque;
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

/**
 * Fanning one encoded frame out to 1,000 per-connection queues and draining them: the server's
 * {@link OutboundQueue} (the frame copied once into a {@link SlabPool} slab, a range of it queued to
 * each recipient, then one write per recipient to a channel that takes everything), and
 * the model it is measured against, a {@code duplicate()} of the frame per recipient in an ArrayDeque.
 * One operation is one frame to every recipient.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FanoutBenchmark {

    @Param({"1000"})
    public int recipients;

    @Param({"100"})
    public int frameBytes;

    private OutboundQueue[] queues;
    private final SlabPool slabs = new SlabPool();
    private ArrayDeque<ByteBuffer>[] deques;
    private ByteBuffer frame;
    private final DiscardChannel sink = new DiscardChannel();

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        queues = new OutboundQueue[recipients];
        deques = new ArrayDeque[recipients];
        for (int i = 0; i < recipients; i++) {
            queues[i] = new OutboundQueue();
            deques[i] = new ArrayDeque<>();
        }
        frame = ByteBuffer.allocateDirect(frameBytes);
        while (frame.hasRemaining()) {
            frame.put((byte) 'x');
        }
        frame.flip();
    }

    @Benchmark
    public long outboundQueues(ByteCounter counter) throws IOException {
        long written = 0;
        Slab slab = slabs.store(frame);
        int start = slabs.lastStart();
        int end = slabs.lastEnd();
        for (OutboundQueue q : queues) {
            q.add(slab, start, end);
        }
        for (OutboundQueue q : queues) {
            written += q.writeTo(sink, Long.MAX_VALUE);
        }
        counter.bytes += written;
        return written;
    }

    @Benchmark
    public long duplicatesInArrayDeques(ByteCounter counter) throws IOException {
        long written = 0;
        for (ArrayDeque<ByteBuffer> d : deques) {
            d.addLast(frame.duplicate());
        }
        for (ArrayDeque<ByteBuffer> d : deques) {
            ByteBuffer b;
            while ((b = d.pollFirst()) != null) {
                written += sink.write(b);
            }
        }
        counter.bytes += written;
        return written;
    }

    /** A channel that takes every byte at once, so only the queueing is measured. */
    static final class DiscardChannel implements GatheringByteChannel {
        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            long n = 0;
            for (int i = offset; i < offset + length; i++) {
                n += srcs[i].remaining();
                srcs[i].position(srcs[i].limit());
            }
            return n;
        }

        @Override
        public long write(ByteBuffer[] srcs) {
            return write(srcs, 0, srcs.length);
        }

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            src.position(src.limit());
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
