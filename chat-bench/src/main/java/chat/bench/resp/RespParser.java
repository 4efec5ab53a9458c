package chat.bench.resp;

import java.nio.ByteBuffer;

/**
 * Incremental RESP2 parser: hands each complete top-level value to a handler, without copying
 * or allocating, and leaves an incomplete value's bytes in the buffer for the next read.
 */
public final class RespParser {
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    /** Receives each complete value. */
    @FunctionalInterface
    public interface Handler {
        void onReply(RespReply reply) throws RespException;
    }

    private final RespReply reply = new RespReply();
    private final int maxBulk;

    /** @param maxBulk the largest bulk string accepted, a guard against garbage lengths */
    public RespParser(int maxBulk) {
        this.maxBulk = maxBulk;
    }

    /**
     * Parses complete values from {@code buf}'s position; on return the position is at the first
     * byte of the first incomplete value (or the limit).
     *
     * @return values handled
     */
    public int parse(ByteBuffer buf, Handler handler) throws RespException {
        int handled = 0;
        reply.buffer = buf;
        while (buf.hasRemaining()) {
            int start = buf.position();
            if (!parseValue(buf)) {
                buf.position(start);
                return handled;
            }
            handler.onReply(reply);
            handled++;
        }
        return handled;
    }

    private boolean parseValue(ByteBuffer buf) throws RespException {
        byte type = buf.get();
        switch (type) {
            case '+':
            case '-': {
                int start = buf.position();
                int end = findCrLf(buf, start);
                if (end < 0) {
                    return false;
                }
                reply.kind = type == '+' ? RespReply.Kind.SIMPLE : RespReply.Kind.ERROR;
                setScalar(0, start, end - start, 0);
                buf.position(end + 2);
                return true;
            }
            case ':': {
                long value = readNumberLine(buf);
                if (value == INCOMPLETE) {
                    return false;
                }
                reply.kind = RespReply.Kind.INTEGER;
                reply.integer = value;
                setScalar(0, -1, -1, value);
                return true;
            }
            case '$': {
                reply.kind = RespReply.Kind.BULK;
                reply.size = 1;
                return readBulkBody(buf, 0);
            }
            case '*': {
                long count = readNumberLine(buf);
                if (count == INCOMPLETE) {
                    return false;
                }
                if (count > RespReply.MAX_ELEMENTS) {
                    throw new RespException("array of " + count + " elements is longer than " + RespReply.MAX_ELEMENTS);
                }
                reply.kind = RespReply.Kind.ARRAY;
                reply.integer = count;
                reply.size = (int) Math.max(0, count);
                for (int i = 0; i < reply.size; i++) {
                    if (!parseElement(buf, i)) {
                        return false;
                    }
                }
                return true;
            }
            default:
                throw new RespException("unexpected RESP type byte 0x" + Integer.toHexString(type & 0xFF));
        }
    }

    private boolean parseElement(ByteBuffer buf, int i) throws RespException {
        if (!buf.hasRemaining()) {
            return false;
        }
        byte type = buf.get();
        if (type == '$') {
            return readBulkBody(buf, i);
        }
        if (type == ':') {
            long value = readNumberLine(buf);
            if (value == INCOMPLETE) {
                return false;
            }
            setScalar(i, -1, -1, value);
            return true;
        }
        throw new RespException("unsupported array element type 0x" + Integer.toHexString(type & 0xFF));
    }

    /** After '$': the length line and the bytes with their CRLF. */
    private boolean readBulkBody(ByteBuffer buf, int i) throws RespException {
        long length = readNumberLine(buf);
        if (length == INCOMPLETE) {
            return false;
        }
        if (length < 0) {
            setScalar(i, -1, -1, 0);
            return true;
        }
        if (length > maxBulk) {
            throw new RespException("bulk string of " + length + " bytes is longer than " + maxBulk);
        }
        if (buf.remaining() < length + 2) {
            return false;
        }
        int start = buf.position();
        int end = start + (int) length;
        if (buf.get(end) != CR || buf.get(end + 1) != LF) {
            throw new RespException("bulk string not followed by CRLF");
        }
        setScalar(i, start, (int) length, 0);
        buf.position(end + 2);
        return true;
    }

    private void setScalar(int i, int start, int length, long integer) {
        reply.starts[i] = start;
        reply.lengths[i] = length;
        reply.integers[i] = integer;
        if (reply.kind != RespReply.Kind.ARRAY) {
            reply.size = 1;
        }
    }

    private static final long INCOMPLETE = Long.MIN_VALUE;

    /** A signed decimal number up to CRLF, or INCOMPLETE (position then undefined). */
    private static long readNumberLine(ByteBuffer buf) throws RespException {
        long value = 0;
        boolean negative = false;
        int digits = 0;
        while (buf.hasRemaining()) {
            byte b = buf.get();
            if (b == CR) {
                if (!buf.hasRemaining()) {
                    return INCOMPLETE;
                }
                if (buf.get() != LF || digits == 0) {
                    throw new RespException("malformed number line");
                }
                return negative ? -value : value;
            }
            if (b == '-' && digits == 0 && !negative) {
                negative = true;
            } else if (b >= '0' && b <= '9' && digits < 18) {
                value = value * 10 + (b - '0');
                digits++;
            } else {
                throw new RespException("malformed number line");
            }
        }
        return INCOMPLETE;
    }

    private static int findCrLf(ByteBuffer buf, int from) {
        for (int i = from; i + 1 < buf.limit(); i++) {
            if (buf.get(i) == CR && buf.get(i + 1) == LF) {
                return i;
            }
        }
        return -1;
    }
}
