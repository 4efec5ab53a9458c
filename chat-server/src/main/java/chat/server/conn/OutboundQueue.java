package chat.server.conn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * The bytes a connection still owes its peer: ranges of shared {@link Slab}s, in order. A
 * frame that follows the previous one in the same slab extends the last range instead of
 * adding one, so a member that receives every frame of a loop turn is written in one call.
 * The ranges are kept in three parallel ring arrays, allocated on first use and grown as
 * needed: an idle member holds none. Not thread-safe: owned by the event loop.
 */
public final class OutboundQueue {
    private static final int INITIAL_RANGES = 4;

    private Slab[] slabs;
    private int[] starts;
    private int[] ends;
    private int head;
    private int count;
    private long queuedBytes;
    /** Distinct slabs the queued ranges lie in: what this queue keeps alive, whatever its byte count. */
    private int slabsHeld;

    /** Queues the range {@code start..end} of {@code slab}. */
    public void add(Slab slab, int start, int end) {
        queuedBytes += end - start;
        if (count > 0) {
            int tail = index(count - 1);
            if (slabs[tail] == slab && ends[tail] == start) {
                ends[tail] = end;
                return;
            }
        }
        if (slabs == null || count == slabs.length) {
            grow();
        }
        if (count == 0 || slabs[index(count - 1)] != slab) {
            slabsHeld++; // a queue's ranges in one slab are consecutive: a slab it refers to is never reused
        }
        int tail = index(count);
        slabs[tail] = slab;
        starts[tail] = start;
        ends[tail] = end;
        count++;
        slab.referenced();
    }

    /** Unsent bytes. */
    public long queuedBytes() {
        return queuedBytes;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * What this queue costs the server: its unsent bytes, or the slabs it keeps alive when that
     * is more (a queue holding a few bytes in each of many slabs holds all of them).
     */
    public long heldBytes() {
        long slabBytes = slabsHeld <= 1 ? 0 : (long) (slabsHeld - 1) * SlabPool.SLAB_BYTES;
        return Math.max(queuedBytes, slabBytes);
    }

    /** Distinct slabs this queue keeps alive. */
    public int slabsHeld() {
        return slabsHeld;
    }

    /** Ranges queued (for tests and benchmarks: consecutive frames share one). */
    public int ranges() {
        return count;
    }

    /**
     * Writes what the channel takes, up to about {@code budget} bytes, one range per call.
     *
     * @return bytes written
     */
    public long writeTo(WritableByteChannel channel, long budget) throws IOException {
        long total = 0;
        while (count > 0 && total < budget) {
            ByteBuffer view = slabs[head].view;
            int from = starts[head];
            int to = ends[head];
            view.limit(to);
            view.position(from);
            int written = channel.write(view);
            if (written <= 0) {
                break;
            }
            total += written;
            queuedBytes -= written;
            if (from + written < to) {
                starts[head] = from + written;
                break; // the socket is full
            }
            dropHead();
        }
        return total;
    }

    /** Drops every queued range, e.g. when the connection closes. */
    public void clear() {
        while (count > 0) {
            dropHead();
        }
        queuedBytes = 0;
        slabsHeld = 0;
        slabs = null;
        starts = null;
        ends = null;
    }

    private void dropHead() {
        Slab slab = slabs[head];
        slabs[head] = null;
        head = index(1);
        count--;
        if (count == 0 || slabs[head] != slab) {
            slabsHeld--;
        }
        slab.unreferenced();
    }

    private int index(int offset) {
        return (head + offset) % slabs.length;
    }

    private void grow() {
        int capacity = slabs == null ? INITIAL_RANGES : slabs.length * 2;
        Slab[] newSlabs = new Slab[capacity];
        int[] newStarts = new int[capacity];
        int[] newEnds = new int[capacity];
        for (int i = 0; i < count; i++) {
            int from = index(i);
            newSlabs[i] = slabs[from];
            newStarts[i] = starts[from];
            newEnds[i] = ends[from];
        }
        slabs = newSlabs;
        starts = newStarts;
        ends = newEnds;
        head = 0;
    }
}
