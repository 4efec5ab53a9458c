package chat.image.receive;

import chat.core.protocol.FrameType;

/**
 * Hears how incoming images fare. Called by {@link ImageInbox} on the thread that hands it frames.
 */
public interface InboxListener {

    /** IMAGE_BEGIN was accepted: {@code image} is arriving. */
    default void started(IncomingImage image) {
    }

    /** More of {@code image} arrived: reported only for images over 256 KiB, at most once a whole percent. */
    default void progress(IncomingImage image) {
    }

    /** {@code image} arrived whole, was verified and saved. */
    void completed(ReceivedImage image);

    /**
     * {@code image} was not kept (any partial file is already deleted). {@code reason} is the explanation in the
     * user's language, detail included.
     */
    void aborted(IncomingImage image, AbortCause cause, String reason);

    /** A chunk, end or abort named a transfer this client never saw begin (or already closed). */
    default void unknownTransfer(long transferId, FrameType type) {
    }
}
