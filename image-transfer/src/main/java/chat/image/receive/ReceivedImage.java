package chat.image.receive;

import chat.core.image.ImageFormat;
import chat.core.model.Member;
import chat.image.ImageDimensions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * An image received, verified and saved: one line of {@code /images}.
 *
 * @param number     1-based, in the order images completed; what {@code /open N} and {@code /show N} take
 * @param sender     who sent it (as the server described them in IMAGE_BEGIN; may be null if the server gave none)
 * @param name       the name the sender gave it, sanitised for display (not a path)
 * @param size       bytes
 * @param format     its format, as announced and checked against its first bytes
 * @param path       where it was saved
 * @param dimensions its width and height read from its header, or null when the header could not be read
 * @param receivedAt when it completed
 */
public record ReceivedImage(int number, Member sender, String name, long size, ImageFormat format, Path path,
                            ImageDimensions dimensions, Instant receivedAt) {

    /** The header's dimensions, when known. */
    public Optional<ImageDimensions> knownDimensions() {
        return Optional.ofNullable(dimensions);
    }

    /** The sender's nick, or {@code ?} when unknown. */
    public String senderNick() {
        return sender == null ? "?" : sender.nick();
    }
}
