package chat.core.protocol;

/** A length prefix above {@code maxFrame}: fatal, the body is never read. */
public final class FrameTooLargeException extends ProtocolException {
    public FrameTooLargeException(long length, int maxFrame) {
        super(ErrorCode.FRAME_TOO_LARGE, true, "frame length " + length + " exceeds the limit of " + maxFrame + " bytes");
    }
}
