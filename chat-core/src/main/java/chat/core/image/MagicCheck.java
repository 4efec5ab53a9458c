package chat.core.image;

/**
 * Checks that a stream of chunks starts with one format's magic bytes, whatever the chunk boundaries: the first
 * chunk may be shorter than the magic. Feed each chunk in order; the verdict is final once it is not
 * {@link Verdict#UNDECIDED}. Not thread-safe.
 */
public final class MagicCheck {

    /** Where the check stands. */
    public enum Verdict {
        /** Fewer bytes than the magic have been seen and they match so far. */
        UNDECIDED,
        /** The stream starts with the format's magic bytes. */
        MATCH,
        /** The stream does not start with the format's magic bytes. */
        MISMATCH
    }

    private final ImageFormat format;
    private int matched;
    private Verdict verdict = Verdict.UNDECIDED;

    public MagicCheck(ImageFormat format) {
        this.format = format;
    }

    /** The format checked for. */
    public ImageFormat format() {
        return format;
    }

    /** Looks at the next bytes of the stream. Returns the verdict so far. */
    public Verdict feed(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length && verdict == Verdict.UNDECIDED; i++) {
            if (bytes[offset + i] != format.magicByte(matched)) {
                verdict = Verdict.MISMATCH;
            } else if (++matched == format.magicLength()) {
                verdict = Verdict.MATCH;
            }
        }
        return verdict;
    }

    /** Looks at the next chunk of the stream. Returns the verdict so far. */
    public Verdict feed(byte[] chunk) {
        return feed(chunk, 0, chunk.length);
    }

    /** The verdict so far. */
    public Verdict verdict() {
        return verdict;
    }

    /** The stream has ended: a stream shorter than the magic does not match. */
    public Verdict finish() {
        if (verdict == Verdict.UNDECIDED) {
            verdict = Verdict.MISMATCH;
        }
        return verdict;
    }
}
