package chat.server.conn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbound queues over shared slabs: each frame copied once, ranges merged, partial writes resumed, memory accounted. */
class OutboundQueueTest {
    private final SlabPool pool = new SlabPool();

    @Test
    void consecutiveFramesOwedToAMemberMergeIntoOneRangeWrittenInOneCall() throws Exception {
        OutboundQueue queue = new OutboundQueue();
        queue(queue, "hello ");
        queue(queue, "world");
        assertThat(queue.ranges()).isEqualTo(1);
        assertThat(queue.queuedBytes()).isEqualTo(11);

        Sink sink = new Sink(Integer.MAX_VALUE);
        assertThat(queue.writeTo(sink, Long.MAX_VALUE)).isEqualTo(11);
        assertThat(sink.text()).isEqualTo("hello world");
        assertThat(sink.calls).isEqualTo(1);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aFrameSkippedForAMemberSplitsItsRanges() throws Exception {
        OutboundQueue sender = new OutboundQueue();
        OutboundQueue other = new OutboundQueue();
        Slab first = pool.store(bytes("from others "));
        add(sender, first);
        add(other, first);
        Slab own = pool.store(bytes("its own "));
        add(other, own);
        Slab last = pool.store(bytes("again"));
        add(sender, last);
        add(other, last);

        assertThat(other.ranges()).isEqualTo(1);
        assertThat(sender.ranges()).isEqualTo(2);
        Sink sink = new Sink(Integer.MAX_VALUE);
        sender.writeTo(sink, Long.MAX_VALUE);
        assertThat(sink.text()).isEqualTo("from others again");
    }

    @Test
    void aPartialWriteResumesWhereTheSocketStopped() throws Exception {
        OutboundQueue queue = new OutboundQueue();
        queue(queue, "0123456789");
        Sink sink = new Sink(4);
        assertThat(queue.writeTo(sink, Long.MAX_VALUE)).isEqualTo(4);
        assertThat(queue.queuedBytes()).isEqualTo(6);
        sink.capacity = Integer.MAX_VALUE;
        queue.writeTo(sink, Long.MAX_VALUE);
        assertThat(sink.text()).isEqualTo("0123456789");
        assertThat(queue.queuedBytes()).isZero();
    }

    @Test
    void aQueueHoldingLittleInManySlabsIsChargedForTheSlabsItKeepsAlive() {
        OutboundQueue laggard = new OutboundQueue();
        OutboundQueue reader = new OutboundQueue();
        byte[] filler = new byte[SlabPool.SLAB_BYTES / 2 + 1];
        for (int i = 0; i < 8; i++) {
            add(laggard, pool.store(bytes("x")));   // one byte for the laggard...
            Slab big = pool.store(ByteBuffer.wrap(filler));  // ...then half a slab it is not sent
            add(reader, big);
            reader.clear();
        }
        assertThat(laggard.queuedBytes()).isEqualTo(8);
        assertThat(laggard.slabsHeld()).isGreaterThanOrEqualTo(3);
        assertThat(laggard.heldBytes()).isGreaterThanOrEqualTo(2L * SlabPool.SLAB_BYTES);
        assertThat(pool.bytesInUse()).isGreaterThanOrEqualTo(3L * SlabPool.SLAB_BYTES);

        laggard.clear();
        assertThat(laggard.heldBytes()).isZero();
        assertThat(pool.bytesInUse()).as("only the current slab is left").isEqualTo(SlabPool.SLAB_BYTES);
    }

    @Test
    void aSlabNobodyRefersToIsFilledAgainFromItsStart() throws Exception {
        OutboundQueue queue = new OutboundQueue();
        Slab first = pool.store(bytes("first"));
        add(queue, first);
        queue.writeTo(new Sink(Integer.MAX_VALUE), Long.MAX_VALUE);
        Slab second = pool.store(bytes("second"));
        assertThat(second).isSameAs(first);
        assertThat(pool.lastStart()).isZero();
    }

    @Test
    void aFrameLargerThanASlabGetsABlockOfItsOwnCountedWhileQueued() throws Exception {
        OutboundQueue queue = new OutboundQueue();
        ByteBuffer huge = ByteBuffer.wrap(new byte[SlabPool.SLAB_BYTES + 10]);
        add(queue, pool.store(huge));
        assertThat(pool.bytesInUse()).isEqualTo(SlabPool.SLAB_BYTES + 10);
        queue.writeTo(new Sink(Integer.MAX_VALUE), Long.MAX_VALUE);
        assertThat(pool.bytesInUse()).isZero();
    }

    @Test
    void aFrameEncodedInReservedRoomIsQueuedLikeAStoredOne() throws Exception {
        ByteBuffer room = pool.reserve(5);
        room.put(bytes("abcde"));
        OutboundQueue queue = new OutboundQueue();
        add(queue, pool.commit());
        Sink sink = new Sink(Integer.MAX_VALUE);
        queue.writeTo(sink, Long.MAX_VALUE);
        assertThat(sink.text()).isEqualTo("abcde");
    }

    @Test
    void reservedRoomLeftPartlyEmptyIsAnError() {
        pool.reserve(5).put(bytes("abc"));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(pool::commit);
    }

    private void queue(OutboundQueue queue, String text) {
        add(queue, pool.store(bytes(text)));
    }

    private void add(OutboundQueue queue, Slab slab) {
        queue.add(slab, pool.lastStart(), pool.lastEnd());
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A channel that takes at most {@code capacity} bytes a call and keeps them. */
    private static final class Sink implements WritableByteChannel {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        int capacity;
        int calls;

        Sink(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public int write(ByteBuffer src) {
            calls++;
            int n = Math.min(capacity, src.remaining());
            byte[] bytes = new byte[n];
            src.get(bytes);
            written.writeBytes(bytes);
            return n;
        }

        String text() {
            return written.toString(StandardCharsets.UTF_8);
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
