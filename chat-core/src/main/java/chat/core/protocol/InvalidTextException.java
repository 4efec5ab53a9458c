package chat.core.protocol;

/** Text that is not valid UTF-8, is empty or too long, or holds forbidden control characters. */
public final class InvalidTextException extends ProtocolException {
    public InvalidTextException(String message) {
        super(ErrorCode.INVALID_TEXT, false, message);
    }
}
