package chat.bench.resp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One parsed RESP2 value, a reusable view into the parser's input: valid only during the
 * handler call. Arrays are flat (elements are bulk strings or integers), as pub/sub pushes are.
 */
public final class RespReply {
    /** The RESP2 kinds of value. */
    public enum Kind { SIMPLE, ERROR, INTEGER, BULK, ARRAY }

    static final int MAX_ELEMENTS = 16;

    Kind kind;
    ByteBuffer buffer;
    long integer;
    int size;
    /** Start and length of each element's bytes (or of a simple string, error or bulk as element 0); length -1 is null. */
    final int[] starts = new int[MAX_ELEMENTS];
    final int[] lengths = new int[MAX_ELEMENTS];
    final long[] integers = new long[MAX_ELEMENTS];

    public Kind kind() {
        return kind;
    }

    /** An INTEGER's value, or an ARRAY's element count. */
    public long integer() {
        return integer;
    }

    /** Elements of an ARRAY; 1 for the other kinds. */
    public int size() {
        return size;
    }

    /** Element {@code i}'s bytes as a read-only view (null for a null bulk); for non-arrays i is 0. */
    public ByteBuffer element(int i) {
        if (lengths[i] < 0) {
            return null;
        }
        return buffer.asReadOnlyBuffer().limit(starts[i] + lengths[i]).position(starts[i]).slice();
    }

    /** Element {@code i}'s integer, where it is one. */
    public long integerElement(int i) {
        return integers[i];
    }

    /** Length of element {@code i}'s bytes, -1 for null. */
    public int elementLength(int i) {
        return lengths[i];
    }

    /** Absolute index in the input buffer of element {@code i}'s first byte. */
    public int elementStart(int i) {
        return starts[i];
    }

    /** The input buffer the element positions refer to. */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** True when element {@code i} is exactly these ASCII bytes. */
    public boolean elementEquals(int i, byte[] ascii) {
        if (lengths[i] != ascii.length) {
            return false;
        }
        for (int k = 0; k < ascii.length; k++) {
            if (buffer.get(starts[i] + k) != ascii[k]) {
                return false;
            }
        }
        return true;
    }

    /** Element {@code i} (or the simple string or error) as text, for messages and tests. */
    public String text(int i) {
        ByteBuffer b = element(i);
        return b == null ? null : StandardCharsets.UTF_8.decode(b).toString();
    }
}
