package chat.core.frame;

import chat.core.protocol.BadFrameException;
import chat.core.protocol.FrameTooLargeException;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;

import java.nio.ByteBuffer;

/**
 * Incremental decoder of length-prefixed frames, fed byte chunks split anywhere.
 *
 * <p>Its buffers are its state: {@code header} fills with the 4-byte length; a frame that is
 * whole in the chunk is handed over as a view of the chunk without copying; only a frame
 * split across chunks gets a {@code partial} buffer, allocated once its length has been
 * checked against {@code maxFrame}; it starts small and doubles as bytes arrive, and is
 * dropped when the frame completes. An idle decoder holds
 * 4 bytes. A length of 0 or above {@code maxFrame} throws before anything is allocated or read.
 */
public final class FrameDecoder {
    private static final int INITIAL_PARTIAL_BYTES = 4096;

    private final int maxFrame;
    private final ByteBuffer header = ByteBuffer.allocate(Protocol.LENGTH_BYTES);
    /** The frame being assembled across chunks, or null. */
    private ByteBuffer partial;
    /** Length of the frame whose body is being read, or -1 while reading a header. */
    private int frameLength = -1;

    public FrameDecoder(int maxFrame) {
        if (maxFrame < 1) {
            throw new IllegalArgumentException("maxFrame must be positive: " + maxFrame);
        }
        this.maxFrame = maxFrame;
    }

    /**
     * Consumes {@code src} (position to limit), handing each complete frame to {@code handler}.
     * Returns when {@code src} is exhausted or the handler asks to stop; in the latter case
     * {@code src}'s position is just after the last frame handled.
     *
     * @throws FrameTooLargeException for a length above {@code maxFrame} (fatal)
     * @throws BadFrameException      for a length of 0 (fatal)
     * @throws ProtocolException      whatever the handler throws; the frame is consumed first
     */
    public void decode(ByteBuffer src, FrameHandler handler) throws ProtocolException {
        while (src.hasRemaining()) {
            if (frameLength < 0 && !readHeader(src)) {
                return;
            }
            ByteBuffer frame = readFrame(src);
            if (frame == null) {
                return;
            }
            int typeCode = frame.get() & 0xFF;
            if (!handler.onFrame(typeCode, frame)) {
                return;
            }
        }
    }

    /** True while part of a frame (header or body) has been received but not yet the whole. */
    public boolean hasPartialFrame() {
        return frameLength >= 0 || header.position() > 0;
    }

    /** Bytes held for a frame split across chunks. */
    public int bufferedBytes() {
        return header.position() + (partial == null ? 0 : partial.position());
    }

    private boolean readHeader(ByteBuffer src) throws ProtocolException {
        long length;
        if (header.position() == 0 && src.remaining() >= Protocol.LENGTH_BYTES) {
            length = Integer.toUnsignedLong(src.getInt());
        } else {
            while (header.hasRemaining() && src.hasRemaining()) {
                header.put(src.get());
            }
            if (header.hasRemaining()) {
                return false;
            }
            length = Integer.toUnsignedLong(header.getInt(0));
            header.clear();
        }
        checkLength(length);
        frameLength = (int) length;
        return true;
    }

    private void checkLength(long length) throws ProtocolException {
        if (length == 0) {
            throw BadFrameException.emptyFrame();
        }
        if (length > maxFrame) {
            throw new FrameTooLargeException(length, maxFrame);
        }
    }

    private int bufferedBody() {
        return partial == null ? 0 : partial.position();
    }

    /**
     * Grows {@code partial} as bytes arrive, doubling up to the frame's length: a peer that
     * announces a large frame and sends little of it holds little memory.
     */
    private void ensurePartialCapacity(int needed) {
        if (partial != null && partial.capacity() >= needed) {
            return;
        }
        int current = partial == null ? 0 : partial.capacity();
        int capacity = Math.min(frameLength, Math.max(needed, Math.max(INITIAL_PARTIAL_BYTES, current * 2)));
        ByteBuffer grown = ByteBuffer.allocate(capacity);
        if (partial != null) {
            grown.put(partial.flip());
        }
        partial = grown;
    }

    /** The whole frame (type byte first), or null when more bytes are needed. */
    private ByteBuffer readFrame(ByteBuffer src) {
        if (partial == null && src.remaining() >= frameLength) {
            ByteBuffer frame = src.slice(src.position(), frameLength);
            src.position(src.position() + frameLength);
            frameLength = -1;
            return frame;
        }
        int n = Math.min(frameLength - bufferedBody(), src.remaining());
        ensurePartialCapacity(bufferedBody() + n);
        partial.put(partial.position(), src, src.position(), n);
        partial.position(partial.position() + n);
        src.position(src.position() + n);
        if (partial.position() < frameLength) {
            return null;
        }
        ByteBuffer frame = partial.flip();
        partial = null;
        frameLength = -1;
        return frame;
    }
}
