package chat.core.line;

import java.nio.ByteBuffer;

/**
 * Incremental decoder of newline-terminated UTF-8 lines for line-mode clients ({@code nc},
 * {@code telnet}, classroom scripts). Lines whole in a chunk are handed over as views of it;
 * only an unfinished line is copied into {@code pending}, allocated on demand and released
 * once it completes. A line longer than {@code maxLine} bytes is reported once and discarded
 * up to its newline. {@link #endPendingLine} ends an unfinished line, for input that stays
 * idle without a newline.
 */
public final class LineDecoder {
    private static final int INITIAL_PENDING = 256;

    private final int maxLine;
    private ByteBuffer pending;
    private boolean discarding;

    public LineDecoder(int maxLine) {
        if (maxLine < 1) {
            throw new IllegalArgumentException("maxLine must be positive: " + maxLine);
        }
        this.maxLine = maxLine;
    }

    /** Consumes {@code src}; stops early, just after a line, if the handler returns false. */
    public void decode(ByteBuffer src, LineHandler handler) {
        while (src.hasRemaining()) {
            int newline = indexOf(src, (byte) '\n');
            int end = newline < 0 ? src.limit() : newline;
            int segment = end - src.position();
            if (discarding) {
                src.position(newline < 0 ? end : end + 1);
                discarding = newline < 0;
                continue;
            }
            if (pendingBytes() + segment > maxLine + 1) { // +1 leaves room for a trailing \r
                overlong(handler);
                src.position(newline < 0 ? end : end + 1);
                discarding = newline < 0;
                continue;
            }
            if (newline < 0) {
                append(src, segment);
                return;
            }
            boolean goOn;
            if (pending == null) {
                ByteBuffer line = src.slice(src.position(), segment);
                src.position(end + 1);
                goOn = deliver(line, handler);
            } else {
                append(src, segment);
                src.position(end + 1);
                goOn = deliverPending(handler);
            }
            if (!goOn) {
                return;
            }
        }
    }

    /** True while an unfinished line (or the tail of an overlong one) has been received. */
    public boolean hasPendingLine() {
        return pending != null || discarding;
    }

    /** Bytes held for an unfinished line. */
    public int bufferedBytes() {
        return pendingBytes();
    }

    /** Ends the unfinished line as if its newline had come; returns the handler's answer. */
    public boolean endPendingLine(LineHandler handler) {
        if (discarding) {
            discarding = false;
            return true;
        }
        return pending == null || deliverPending(handler);
    }

    private int pendingBytes() {
        return pending == null ? 0 : pending.position();
    }

    private void overlong(LineHandler handler) {
        pending = null;
        handler.onOverlongLine();
    }

    private void append(ByteBuffer src, int n) {
        int needed = pendingBytes() + n;
        if (pending == null || pending.capacity() < needed) {
            int capacity = Math.max(needed, Math.min(maxLine + 1, Math.max(INITIAL_PENDING, pendingBytes() * 2)));
            ByteBuffer grown = ByteBuffer.allocate(capacity);
            if (pending != null) {
                grown.put(pending.flip());
            }
            pending = grown;
        }
        pending.put(pending.position(), src, src.position(), n);
        pending.position(pending.position() + n);
        src.position(src.position() + n);
    }

    private boolean deliverPending(LineHandler handler) {
        ByteBuffer line = pending.flip();
        pending = null;
        return deliver(line, handler);
    }

    private boolean deliver(ByteBuffer line, LineHandler handler) {
        if (line.hasRemaining() && line.get(line.limit() - 1) == '\r') {
            line.limit(line.limit() - 1);
        }
        if (line.remaining() > maxLine) {
            handler.onOverlongLine();
            return true;
        }
        return handler.onLine(line);
    }

    private static int indexOf(ByteBuffer src, byte b) {
        for (int i = src.position(); i < src.limit(); i++) {
            if (src.get(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
