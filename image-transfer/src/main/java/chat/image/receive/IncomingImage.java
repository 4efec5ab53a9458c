package chat.image.receive;

import chat.core.frame.Frame;
import chat.core.image.ImageFormat;
import chat.core.image.MagicCheck;
import chat.core.model.Member;
import chat.core.text.TerminalText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One image arriving: what its IMAGE_BEGIN announced, how much has arrived, and the hidden temporary file its
 * bytes are appended to, hashed as they are written. Owned by {@link ImageInbox}; listeners read it.
 */
public final class IncomingImage {
    /** Longest display name kept, in characters. */
    private static final int MAX_DISPLAY_NAME = 200;
    private static final String TEMP_PREFIX = ".chat-";
    private static final String TEMP_SUFFIX = ".part";

    private final long transfer;
    private final Member sender;
    private final String announcedName;
    private final String displayName;
    private final String mime;
    private final ImageFormat format;
    private final long size;
    private final String sha256;
    private final MessageDigest digest;
    private final MagicCheck magic;
    private Path tempFile;
    private FileChannel channel;
    private long received;
    private int reportedPercent = -1;

    IncomingImage(Frame.ImageBegin begin) {
        this.transfer = begin.transfer();
        this.sender = begin.sender();
        this.announcedName = begin.name() == null ? "" : begin.name();
        String display = TerminalText.sanitizeLine(announcedName);
        this.displayName = display.length() > MAX_DISPLAY_NAME ? display.substring(0, MAX_DISPLAY_NAME) : display;
        this.mime = begin.mime();
        this.format = ImageFormat.fromMime(begin.mime()).orElse(null);
        this.size = begin.size();
        this.sha256 = begin.sha256();
        this.digest = sha256Digest();
        this.magic = format == null ? null : new MagicCheck(format);
    }

    /** The server's transfer id. */
    public long transfer() {
        return transfer;
    }

    /** The sender as described by the server, or null when the server gave none. */
    public Member sender() {
        return sender;
    }

    /** The sender's nick, or {@code ?}. */
    public String senderNick() {
        return sender == null ? "?" : sender.nick();
    }

    /** The announced name, sanitised for display (never a path). */
    public String name() {
        return displayName;
    }

    /** The name exactly as announced (untrusted). */
    String announcedName() {
        return announcedName;
    }

    /** The announced mime type (untrusted; may be outside the protocol's four). */
    public String mime() {
        return mime;
    }

    /** The announced format, or null for an unknown mime type. */
    public ImageFormat format() {
        return format;
    }

    /** The announced size in bytes. */
    public long size() {
        return size;
    }

    /** Bytes received so far. */
    public long received() {
        return received;
    }

    /** The fraction received, 0.0 to 1.0. */
    public double progress() {
        return size <= 0 ? 0 : Math.min(1.0, (double) received / size);
    }

    /** The hidden temporary file, or null before it is opened or after it is closed. */
    Path tempFile() {
        return tempFile;
    }

    String announcedSha256() {
        return sha256;
    }

    void openTempFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        tempFile = Files.createTempFile(folder, TEMP_PREFIX + transfer + "-", TEMP_SUFFIX);
        channel = FileChannel.open(tempFile, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Appends {@code data}; the caller has checked it fits the announced size. */
    void append(byte[] data) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        digest.update(data);
        magic.feed(data);
        received += data.length;
    }

    MagicCheck.Verdict magicVerdict() {
        return magic.verdict();
    }

    MagicCheck.Verdict finishMagic() {
        return magic.finish();
    }

    /** The lowercase hex SHA-256 of what arrived. Call once, at the end. */
    String receivedSha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** True when the whole percent received moved since last asked. */
    boolean percentMoved() {
        int percent = (int) (received * 100 / Math.max(1, size));
        boolean moved = percent != reportedPercent;
        reportedPercent = percent;
        return moved;
    }

    void closeFile() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    /** Closes and deletes the temporary file, if any; never throws. */
    void discard() {
        try {
            closeFile();
        } catch (IOException e) {
            // the file is deleted below; what it held no longer matters
        }
        if (tempFile != null) {
            try {
                Files.deleteIfExists(tempFile);
            } catch (IOException e) {
                // nothing more can be done: a hidden .part file is left behind
            }
            tempFile = null;
        }
    }

    void forgetTempFile() {
        tempFile = null;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
