package chat.core.protocol;

/**
 * The size limits a server announces in WELCOME.
 *
 * @param maxFrame largest frame length (type byte and body) accepted
 * @param maxText  largest text of a SAY, WHISPER or line, in UTF-8 bytes
 * @param maxImage largest image, in bytes
 */
public record ProtocolLimits(int maxFrame, int maxText, long maxImage) {

    public static final int DEFAULT_MAX_FRAME = 1_048_576;
    public static final int DEFAULT_MAX_TEXT = 16_384;
    public static final long DEFAULT_MAX_IMAGE = 16L * 1024 * 1024;

    public static final ProtocolLimits DEFAULTS =
            new ProtocolLimits(DEFAULT_MAX_FRAME, DEFAULT_MAX_TEXT, DEFAULT_MAX_IMAGE);

    public ProtocolLimits {
        if (maxFrame < Protocol.MIN_MAX_FRAME) {
            throw new IllegalArgumentException("maxFrame must be at least " + Protocol.MIN_MAX_FRAME + ": " + maxFrame);
        }
        if (maxText < 1 || maxText > maxFrame - Protocol.WHISPER_HEADER_BYTES - 1) {
            throw new IllegalArgumentException("maxText must fit in a frame: " + maxText);
        }
        if (maxImage < 1) {
            throw new IllegalArgumentException("maxImage must be positive: " + maxImage);
        }
    }
}
