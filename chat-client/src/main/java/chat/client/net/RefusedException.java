package chat.client.net;

import chat.core.frame.Frame;

/** The server refused this client for good (a fatal {@code auth_failed} or {@code unsupported_protocol}). */
final class RefusedException extends Exception {
    private final transient Frame.Error error;

    RefusedException(Frame.Error error) {
        super(error.code() + ": " + error.message());
        this.error = error;
    }

    Frame.Error error() {
        return error;
    }
}
