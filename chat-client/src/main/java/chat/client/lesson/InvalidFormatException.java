package chat.client.lesson;

/** A display format that cannot be used; the message says why, in the user's language. */
public final class InvalidFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidFormatException(String message) {
        super(message);
    }
}
