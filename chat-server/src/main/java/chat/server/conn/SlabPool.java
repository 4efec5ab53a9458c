package chat.server.conn;

import chat.core.protocol.Protocol;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * Where relayed frames live while members still owe them: each frame is copied once into the
 * current slab of direct memory, and every recipient's queue refers to that range. Writing a
 * range of a direct buffer costs the JDK no copy, and consecutive frames owed to the same member
 * form one range, written in one plain {@code write}. Slabs are reused once unreferenced, so
 * steady traffic allocates nothing. Event-loop thread only.
 */
public final class SlabPool {
    /** Room for four image chunks (the largest frames relayed in streams), or thousands of messages. */
    public static final int SLAB_BYTES = 4 * (Protocol.MAX_IMAGE_CHUNK + 1024);
    private static final int MAX_FREE_SLABS = 16;

    private final ArrayDeque<Slab> free = new ArrayDeque<>();
    private Slab current;
    private int lastStart;
    private int lastEnd;
    private Slab reserved;
    private int slabsInUse;
    private long oversizeBytes;

    /**
     * Copies {@code frame} (position to limit, left unmoved) into a slab and returns it; the
     * range is {@link #lastStart()} to {@link #lastEnd()}. A frame larger than a slab gets a
     * heap block of its own.
     */
    public Slab store(ByteBuffer frame) {
        int length = frame.remaining();
        ByteBuffer target = reserve(length);
        target.put(target.position(), frame, frame.position(), length);
        target.position(target.position() + length);
        return commit();
    }

    /**
     * Room for a frame of {@code length} bytes encoded in place, so it is never built elsewhere
     * and copied: write exactly {@code length} bytes into the returned buffer from its position,
     * then {@link #commit()}.
     */
    public ByteBuffer reserve(int length) {
        Slab slab;
        if (length > SLAB_BYTES) {
            slab = new Slab(ByteBuffer.allocate(length), this, true);
            slab.retired = true;
        } else {
            if (current == null) {
                current = take();
            } else if (current.references == 0) {
                current.memory.clear(); // every frame in it has been sent: start over
            } else if (current.memory.remaining() < length) {
                current.retired = true;
                current = take();
            }
            slab = current;
        }
        reserved = slab;
        lastStart = slab.memory.position();
        lastEnd = lastStart + length;
        return slab.memory;
    }

    /** The slab holding the frame just written into {@link #reserve}d room. */
    public Slab commit() {
        Slab slab = reserved;
        reserved = null;
        if (slab == null || slab.memory.position() != lastEnd) {
            throw new IllegalStateException("the reserved room was not filled exactly");
        }
        return slab;
    }

    public int lastStart() {
        return lastStart;
    }

    public int lastEnd() {
        return lastEnd;
    }

    /** Bytes of slab memory in use: slabs that are current or still referenced, and oversize blocks. */
    public long bytesInUse() {
        return (long) slabsInUse * SLAB_BYTES + oversizeBytes;
    }

    private Slab take() {
        slabsInUse++;
        Slab slab = free.pollFirst();
        if (slab != null) {
            slab.memory.clear();
            slab.retired = false;
            return slab;
        }
        return new Slab(allocate(), this, false);
    }

    private static ByteBuffer allocate() {
        try {
            return ByteBuffer.allocateDirect(SLAB_BYTES);
        } catch (OutOfMemoryError e) {
            return ByteBuffer.allocate(SLAB_BYTES); // direct memory exhausted: slower, still correct
        }
    }

    void referenced(Slab slab) {
        if (slab.oversize) {
            oversizeBytes += slab.memory.capacity();
        }
    }

    void unreferenced(Slab slab) {
        if (slab.oversize) {
            oversizeBytes -= slab.memory.capacity();
            return;
        }
        if (!slab.retired) {
            return; // the current slab: reused from its start by the next store
        }
        slabsInUse--;
        if (free.size() < MAX_FREE_SLABS) {
            free.addLast(slab);
        }
    }
}
