package chat.core.protocol;

import java.util.Locale;

/** The {@code code} strings of ERROR frames. Receivers must accept codes they do not know. */
public enum ErrorCode {
    HELLO_REQUIRED,
    FRAME_TOO_LARGE,
    BAD_FRAME,
    UNKNOWN_TYPE,
    BAD_NICK,
    NICK_TAKEN,
    UNSUPPORTED_PROTOCOL,
    AUTH_FAILED,
    NO_SUCH_MEMBER,
    INVALID_TEXT,
    TOO_MANY_TRANSFERS,
    IMAGE_REJECTED,
    /** Added by this server: the server or this address has reached its connection limit. */
    SERVER_FULL,
    /** Added by this server: the client sent faster than the configured rate limit. */
    RATE_LIMITED,
    /** Added by this server: the connection did not complete its HELLO in time. */
    HELLO_TIMEOUT;

    /** The code as written on the wire, e.g. {@code frame_too_large}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code for a wire string, or {@code null} for a code this version does not know. */
    public static ErrorCode fromWire(String wire) {
        if (wire == null) {
            return null;
        }
        for (ErrorCode code : values()) {
            if (code.wire().equals(wire)) {
                return code;
            }
        }
        return null;
    }
}
