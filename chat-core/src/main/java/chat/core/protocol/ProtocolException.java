package chat.core.protocol;

/** A peer broke the protocol. Carries the ERROR code to answer with and whether the connection must close. */
public class ProtocolException extends Exception {
    private final ErrorCode code;
    private final boolean fatal;

    public ProtocolException(ErrorCode code, boolean fatal, String message) {
        super(message);
        this.code = code;
        this.fatal = fatal;
    }

    public ErrorCode code() {
        return code;
    }

    /** True when the stream can no longer be trusted and the connection must close. */
    public boolean fatal() {
        return fatal;
    }
}
