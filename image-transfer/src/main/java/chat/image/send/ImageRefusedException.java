package chat.image.send;

import chat.image.ImageText;

import java.nio.file.Path;
import java.util.Locale;

/** A file cannot be sent as an image; {@link #reason()} says why. The message names the file. */
public final class ImageRefusedException extends Exception {

    /** Why a file cannot be sent. */
    public enum Reason {
        NOT_FOUND("refused.notFound"),
        NOT_A_FILE("refused.notAFile"),
        NOT_READABLE("refused.notReadable"),
        EMPTY("refused.empty"),
        TOO_LARGE("refused.tooLarge"),
        UNKNOWN_FORMAT("refused.unknownFormat"),
        TOO_MANY_TRANSFERS("refused.tooManyTransfers");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final Path path;
    private final transient Object[] details;

    /** {@code details} fill the message after the path: the size and limit for {@link Reason#TOO_LARGE}. */
    public ImageRefusedException(Reason reason, Path path, Object... details) {
        super(ImageText.get(Locale.ROOT, reason.messageKey(), arguments(path, details)));
        this.reason = reason;
        this.path = path;
        this.details = details.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Path path() {
        return path;
    }

    /** The message in the default locale's language. */
    @Override
    public String getLocalizedMessage() {
        return ImageText.get(reason.messageKey(), arguments(path, details));
    }

    private static Object[] arguments(Path path, Object[] details) {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = String.valueOf(path);
        System.arraycopy(details, 0, arguments, 1, details.length);
        return arguments;
    }
}
