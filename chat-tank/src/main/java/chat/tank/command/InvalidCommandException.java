package chat.tank.command;

import java.util.Arrays;

/**
 * A robot command was refused before sending: a value out of range or malformed.
 * Carries a message-bundle key and its arguments so the console can explain it in the user's language.
 */
public final class InvalidCommandException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidCommandException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The key of the explanation in {@code chat/tank/messages.properties}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values to format into the explanation. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
