package chat.image.receive;

/** Why an incoming image was not kept. */
public enum AbortCause {
    /** The server sent IMAGE_ABORT (the sender gave up, left, or broke a rule). */
    ABORTED_BY_SERVER("abort.server"),
    /** IMAGE_BEGIN announced more than maxImage bytes, or none. */
    TOO_LARGE("abort.tooLarge"),
    /** IMAGE_BEGIN named a mime type outside the protocol's four, or no usable hash. */
    BAD_ANNOUNCEMENT("abort.badAnnouncement"),
    /** The first bytes do not match the announced mime type. */
    WRONG_CONTENT("abort.wrongContent"),
    /** More bytes arrived than IMAGE_BEGIN announced. */
    SIZE_OVERFLOW("abort.sizeOverflow"),
    /** IMAGE_END came before every announced byte. */
    SIZE_MISMATCH("abort.sizeMismatch"),
    /** The bytes do not hash to the announced SHA-256. */
    HASH_MISMATCH("abort.hashMismatch"),
    /** Too many images are arriving at once. */
    TOO_MANY("abort.tooMany"),
    /** A second IMAGE_BEGIN reused an open transfer id. */
    DUPLICATE_TRANSFER("abort.duplicate"),
    /** The file could not be written, moved or created. */
    DISK_ERROR("abort.disk"),
    /** The connection to the server was lost. */
    CONNECTION_LOST("abort.connectionLost");

    private final String messageKey;

    AbortCause(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The resource bundle key of this cause's explanation; its argument {0} is the detail. */
    public String messageKey() {
        return messageKey;
    }
}
