package chat.image;

import chat.core.image.ByteSize;
import chat.core.text.TerminalText;
import chat.image.receive.IncomingImage;
import chat.image.receive.ReceivedImage;
import chat.image.send.OutgoingImage;

/** The console's one-line texts about images, in the user's language, safe to print (network text sanitised). */
public final class ImageLines {
    private static final int PERCENT = 100;

    private ImageLines() {
    }

    /** An upload started. */
    public static String uploadStarted(OutgoingImage image) {
        return ImageText.get("upload.started", image.name(), ByteSize.format(image.size()));
    }

    /** An upload's progress, e.g. {@code sending cat.png: 42% of 3.1 MiB}. */
    public static String uploadProgress(OutgoingImage image) {
        return ImageText.get("upload.progress", image.name(), (int) (image.progress() * PERCENT),
                ByteSize.format(image.size()));
    }

    /** An upload finished. */
    public static String uploadDone(OutgoingImage image) {
        return ImageText.get("upload.done", image.name(), ByteSize.format(image.size()));
    }

    /** An upload was abandoned. */
    public static String uploadFailed(OutgoingImage image, String reason) {
        return ImageText.get("upload.failed", image.name(), TerminalText.sanitizeLine(reason));
    }

    /** A download started. */
    public static String downloadStarted(IncomingImage image) {
        return ImageText.get("download.started", nick(image.senderNick()), image.name(),
                ByteSize.format(image.size()));
    }

    /** A download's progress. */
    public static String downloadProgress(IncomingImage image) {
        return ImageText.get("download.progress", nick(image.senderNick()), image.name(),
                (int) (image.progress() * PERCENT), ByteSize.format(image.size()));
    }

    /** A download was verified and saved. */
    public static String downloadDone(ReceivedImage image) {
        return ImageText.get("download.done", image.number(), nick(image.senderNick()), image.name(),
                ByteSize.format(image.size()), image.path().toString());
    }

    /** A download was abandoned ({@code reason} as given to the inbox listener). */
    public static String downloadAborted(String reason) {
        return TerminalText.sanitizeLine(reason);
    }

    /** One line of {@code /images}: number, sender, name, size, dimensions, path. */
    public static String listEntry(ReceivedImage image) {
        String dimensions = image.knownDimensions().map(ImageDimensions::toString).orElse("?");
        return ImageText.get("images.entry", image.number(), nick(image.senderNick()), image.name(),
                ByteSize.format(image.size()), dimensions, TerminalText.sanitizeLine(image.path().toString()));
    }

    /** {@code /images} with nothing received yet. */
    public static String listEmpty() {
        return ImageText.get("images.none");
    }

    /** {@code /open N} or {@code /show N} with no such image. */
    public static String noSuchImage(String typed) {
        return ImageText.get("images.noSuch", TerminalText.sanitizeLine(typed));
    }

    /** {@code /open N} with no display: where the file is. */
    public static String openNoDisplay(ReceivedImage image) {
        return ImageText.get("images.openNoDisplay", TerminalText.sanitizeLine(image.path().toString()));
    }

    /** A one-line description of a received image, for dumb terminals and images not rendered. */
    public static String describe(ReceivedImage image) {
        String dimensions = image.knownDimensions().map(ImageDimensions::toString).orElse("?");
        return ImageText.get("image.description", nick(image.senderNick()), image.name(), dimensions,
                ByteSize.format(image.size()), TerminalText.sanitizeLine(image.path().toString()));
    }

    private static String nick(String nick) {
        return TerminalText.sanitizeLine(nick);
    }
}
