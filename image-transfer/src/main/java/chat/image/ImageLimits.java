package chat.image;

/** Fixed numbers of the client's image handling. */
public final class ImageLimits {
    /** Transfers larger than this report their progress. */
    public static final long PROGRESS_THRESHOLD = 256L * 1024;
    /** Images with more pixels than this are kept as files but never decoded (decompression bombs). */
    public static final long MAX_DECODE_PIXELS = 40_000_000L;
    /** Incoming transfers open at once, over all senders; more are refused (bounds open files). */
    public static final int MAX_INCOMING_TRANSFERS = 64;

    private ImageLimits() {
    }
}
