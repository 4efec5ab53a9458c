package chat.server.conn;

import java.nio.ByteBuffer;

/**
 * A block of (direct) memory that frames are copied into once, however many members they go
 * to. Outbound queues refer to ranges of it and count themselves in {@link #references}; a slab
 * nobody refers to any more is filled again from the start. Event-loop thread only.
 */
public final class Slab {
    final ByteBuffer memory;
    /** The view written from: its position and limit are set for each write. */
    final ByteBuffer view;
    private final SlabPool pool;
    /** Queue entries pointing into this slab. */
    int references;
    /** Full: no frame is added any more; it returns to the pool when unreferenced. */
    boolean retired;
    /** A block for one frame larger than a slab: never reused. */
    final boolean oversize;

    Slab(ByteBuffer memory, SlabPool pool, boolean oversize) {
        this.memory = memory;
        this.view = memory.duplicate();
        this.pool = pool;
        this.oversize = oversize;
    }

    void referenced() {
        if (references++ == 0) {
            pool.referenced(this);
        }
    }

    void unreferenced() {
        if (--references == 0) {
            pool.unreferenced(this);
        }
    }
}
