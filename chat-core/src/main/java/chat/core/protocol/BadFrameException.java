package chat.core.protocol;

/** A frame whose length or body does not parse. */
public final class BadFrameException extends ProtocolException {
    public BadFrameException(String message, boolean fatal) {
        super(ErrorCode.BAD_FRAME, fatal, message);
    }

    public static BadFrameException emptyFrame() {
        return new BadFrameException("frame length 0", true);
    }
}
