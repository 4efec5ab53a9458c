package chat.image.send;

/**
 * Hears how outgoing images fare. Called by {@link UploadQueue} on the thread that pulls frames, never while the
 * queue's lock is held, so an implementation may print (e.g. through the line reader's {@code printAbove}).
 */
public interface UploadListener {

    /** IMAGE_BEGIN for {@code image} was pulled. */
    default void started(OutgoingImage image) {
    }

    /** More of {@code image} was pulled: reported only for images over 256 KiB, at most once a whole percent. */
    default void progress(OutgoingImage image) {
    }

    /** IMAGE_END for {@code image} was pulled: the whole image is on its way. */
    void completed(OutgoingImage image);

    /** {@code image} was abandoned; {@code reason} says why in the user's language. */
    void failed(OutgoingImage image, String reason);
}
