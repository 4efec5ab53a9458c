package chat.server.conn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.util.ArrayDeque;

/**
 * The bytes a connection still owes its peer: a queue of frames shared with other
 * connections, each encoded once, plus how far into the head frame this peer has got.
 *
 * <p>Shared frames are never copied per recipient. Their positions are set just for the
 * gathering write and only on the event-loop thread, so one frame object serves every queue.
 * Not thread-safe: owned by the event loop.
 */
public final class OutboundQueue {
    private static final int INITIAL_FRAMES = 4;
    /** Allocated on first use: an idle member owes nothing and holds no queue. */
    private ArrayDeque<ByteBuffer> frames;
    private int headOffset;
    private long queuedBytes;

    /** Queues a whole frame (position 0 to limit). The caller must never modify it afterwards. */
    public void add(ByteBuffer frame) {
        if (frames == null) {
            frames = new ArrayDeque<>(INITIAL_FRAMES);
        }
        frames.addLast(frame);
        queuedBytes += frame.limit();
    }

    /** Unsent bytes. */
    public long queuedBytes() {
        return queuedBytes;
    }

    public boolean isEmpty() {
        return frames == null || frames.isEmpty();
    }

    /**
     * Writes what the channel takes, up to about {@code budget} bytes, in gathering writes of
     * at most {@code scratch.length} frames.
     *
     * @return bytes written
     */
    public long writeTo(GatheringByteChannel channel, ByteBuffer[] scratch, long budget) throws IOException {
        long total = 0;
        while (!isEmpty() && total < budget) {
            int n = 0;
            for (ByteBuffer frame : frames) {
                if (n == scratch.length) {
                    break;
                }
                frame.position(n == 0 ? headOffset : 0);
                scratch[n++] = frame;
            }
            long written = n == 1 ? channel.write(scratch[0]) : channel.write(scratch, 0, n);
            for (int i = 0; i < n; i++) {
                scratch[i] = null;
            }
            if (written <= 0) {
                break;
            }
            total += written;
            consume(written);
        }
        return total;
    }

    /** Drops every queued frame, e.g. when the connection closes. */
    public void clear() {
        frames = null;
        headOffset = 0;
        queuedBytes = 0;
    }

    private void consume(long written) {
        queuedBytes -= written;
        long left = written;
        while (left > 0) {
            ByteBuffer head = frames.peekFirst();
            int remainingInHead = head.limit() - headOffset;
            if (left >= remainingInHead) {
                frames.pollFirst();
                left -= remainingInHead;
                headOffset = 0;
            } else {
                headOffset += (int) left;
                left = 0;
            }
        }
    }
}
