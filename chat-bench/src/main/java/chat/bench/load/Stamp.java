package chat.bench.load;

import java.nio.ByteBuffer;

/**
 * The header every benchmark message starts with, in ASCII so it is valid chat text:
 * {@code SSSSS QQQQQQQQQQ TTTTTTTTTTTTTTTTTTT } — sender index, sequence number and send time
 * (nanoseconds since the generator started), fixed-width decimal; the rest of the text is padding.
 */
public final class Stamp {
    public static final int SENDER_DIGITS = 5;
    public static final int SEQ_DIGITS = 10;
    public static final int TIME_DIGITS = 19;
    /** Bytes of the stamp, separators included. */
    public static final int LENGTH = SENDER_DIGITS + 1 + SEQ_DIGITS + 1 + TIME_DIGITS + 1;
    private static final int SEQ_OFFSET = SENDER_DIGITS + 1;
    private static final int TIME_OFFSET = SEQ_OFFSET + SEQ_DIGITS + 1;
    private static final byte PAD = 'x';
    private static final long ORIGIN = System.nanoTime();

    private Stamp() {
    }

    /** Nanoseconds since the generator started: the clock of every stamp. */
    public static long now() {
        return System.nanoTime() - ORIGIN;
    }

    /** A text of {@code size} bytes: a zero stamp then padding. */
    public static byte[] template(int size) {
        if (size < LENGTH) {
            throw new IllegalArgumentException("messages need at least " + LENGTH + " bytes for the stamp: " + size);
        }
        byte[] text = new byte[size];
        java.util.Arrays.fill(text, PAD);
        write(text, 0, 0, 0);
        return text;
    }

    /** Writes the stamp at the start of {@code text}. */
    public static void write(byte[] text, int sender, long seq, long nanos) {
        digits(text, 0, SENDER_DIGITS, sender);
        text[SENDER_DIGITS] = ' ';
        digits(text, SEQ_OFFSET, SEQ_DIGITS, seq);
        text[SEQ_OFFSET + SEQ_DIGITS] = ' ';
        digits(text, TIME_OFFSET, TIME_DIGITS, nanos);
        text[TIME_OFFSET + TIME_DIGITS] = ' ';
    }

    /** The sender index of the stamp at absolute index {@code at} of {@code buf}, or -1 if it is not a stamp. */
    public static int sender(ByteBuffer buf, int at, int textLength) {
        return textLength < LENGTH ? -1 : (int) parse(buf, at, SENDER_DIGITS);
    }

    public static long seq(ByteBuffer buf, int at) {
        return parse(buf, at + SEQ_OFFSET, SEQ_DIGITS);
    }

    public static long nanos(ByteBuffer buf, int at) {
        return parse(buf, at + TIME_OFFSET, TIME_DIGITS);
    }

    private static void digits(byte[] dst, int offset, int width, long value) {
        long v = value;
        for (int i = offset + width - 1; i >= offset; i--) {
            dst[i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
    }

    private static long parse(ByteBuffer buf, int at, int width) {
        long v = 0;
        for (int i = at; i < at + width; i++) {
            int d = buf.get(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
