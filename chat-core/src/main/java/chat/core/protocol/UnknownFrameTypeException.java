package chat.core.protocol;

/** A frame type this version does not know: answered and otherwise ignored. */
public final class UnknownFrameTypeException extends ProtocolException {
    public UnknownFrameTypeException(int code) {
        super(ErrorCode.UNKNOWN_TYPE, false, String.format("unknown frame type 0x%02X", code & 0xFF));
    }
}
