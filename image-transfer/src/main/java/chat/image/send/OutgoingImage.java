package chat.image.send;

import chat.core.frame.Frame;
import chat.core.image.ByteSize;
import chat.core.image.ImageFormat;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.image.SafeFileName;
import chat.image.send.ImageRefusedException.Reason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One image being sent, as a pull source of frames: {@link #begin()}, then {@link #nextChunk()} until it returns
 * null, then {@link #end()}. Chunks are read from the file one at a time, on demand, so the caller can interleave
 * other frames between them and the file is never held in memory. The file is checked and hashed by
 * {@link #open}; its bytes are hashed again as they are sent, so a file changed meanwhile fails {@link #end()}.
 * Not thread-safe: one thread (the network link) pulls the frames.
 */
public final class OutgoingImage implements AutoCloseable {
    /** Bytes of an IMAGE_CHUNK frame that are not image data: the type byte and the u32 transfer id. */
    private static final int CHUNK_FRAME_OVERHEAD = 1 + 4;
    private static final int HASH_BUFFER = 64 * 1024;

    /** Where the transfer stands. */
    public enum State { OPEN, BEGUN, ENDED, ABORTED, CLOSED }

    private final Path path;
    private final long transferId;
    private final String name;
    private final ImageFormat format;
    private final long size;
    private final String sha256;
    private final int chunkSize;
    private final FileChannel channel;
    private final MessageDigest resendDigest;
    private long sent;
    private State state = State.OPEN;

    private OutgoingImage(Path path, long transferId, String name, ImageFormat format, long size, String sha256,
                          int chunkSize, FileChannel channel) {
        this.path = path;
        this.transferId = transferId;
        this.name = name;
        this.format = format;
        this.size = size;
        this.sha256 = sha256;
        this.chunkSize = chunkSize;
        this.channel = channel;
        this.resendDigest = sha256Digest();
    }

    /**
     * Checks {@code path} ({@code ~} expanded) is a readable regular file of 1..maxImage bytes whose content is PNG,
     * JPEG, GIF or BMP, hashes it, and opens it for sending under {@code transferId}.
     *
     * @throws ImageRefusedException the file cannot be sent; the reason says why
     * @throws IOException           the file could not be read
     */
    public static OutgoingImage open(Path path, ProtocolLimits limits, long transferId)
            throws ImageRefusedException, IOException {
        Path file = ImagePaths.expand(path);
        if (!Files.exists(file)) {
            throw new ImageRefusedException(Reason.NOT_FOUND, file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageRefusedException(Reason.NOT_A_FILE, file);
        }
        if (!Files.isReadable(file)) {
            throw new ImageRefusedException(Reason.NOT_READABLE, file);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size == 0) {
                throw new ImageRefusedException(Reason.EMPTY, file);
            }
            if (size > limits.maxImage()) {
                throw new ImageRefusedException(Reason.TOO_LARGE, file, ByteSize.format(size),
                        ByteSize.format(limits.maxImage()));
            }
            ImageFormat format = detectFormat(channel).orElseThrow(
                    () -> new ImageRefusedException(Reason.UNKNOWN_FORMAT, file));
            String sha256 = hash(channel, size);
            channel.position(0);
            int chunkSize = Math.min(Protocol.MAX_IMAGE_CHUNK, limits.maxFrame() - CHUNK_FRAME_OVERHEAD);
            String name = SafeFileName.reduce(file.getFileName().toString(), format);
            return new OutgoingImage(file, transferId, name, format, size, sha256, chunkSize, channel);
        } catch (ImageRefusedException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Optional<ImageFormat> detectFormat(FileChannel channel) throws IOException {
        ByteBuffer magic = ByteBuffer.allocate(ImageFormat.MAGIC_LENGTH);
        while (magic.hasRemaining() && channel.read(magic, magic.position()) > 0) {
            // reads at most MAGIC_LENGTH bytes
        }
        return ImageFormat.detect(magic.array(), 0, magic.position());
    }

    private static String hash(FileChannel channel, long size) throws IOException {
        MessageDigest digest = sha256Digest();
        ByteBuffer buffer = ByteBuffer.allocate(HASH_BUFFER);
        long total = 0;
        channel.position(0);
        int read;
        while ((read = channel.read(buffer)) > 0) {
            digest.update(buffer.array(), 0, read);
            buffer.clear();
            total += read;
        }
        if (total != size) {
            throw new ImageChangedException("the file changed size while it was read: " + total + " != " + size);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The IMAGE_BEGIN announcing this image ({@code from} and {@code sender} are left to the server). */
    public Frame.ImageBegin begin() {
        requireState(State.OPEN);
        state = State.BEGUN;
        return new Frame.ImageBegin(transferId, null, null, name, format.mime(), size, sha256);
    }

    /**
     * The next IMAGE_CHUNK (at most 64 KiB of data, read from the file now), or null when every byte was sent.
     *
     * @throws ImageChangedException the file is shorter than when it was checked
     */
    public Frame.ImageChunk nextChunk() throws IOException {
        requireState(State.BEGUN);
        if (sent == size) {
            return null;
        }
        byte[] data = new byte[(int) Math.min(chunkSize, size - sent)];
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new ImageChangedException(path + " became shorter while it was sent");
            }
        }
        resendDigest.update(data);
        sent += data.length;
        return new Frame.ImageChunk(transferId, data);
    }

    /** True when every chunk was pulled and {@link #end()} is due. */
    public boolean allChunksSent() {
        return state == State.BEGUN && sent == size;
    }

    /**
     * The IMAGE_END closing this transfer; closes the file.
     *
     * @throws ImageChangedException the bytes sent do not hash to what IMAGE_BEGIN announced (the file changed):
     *                               send {@link #abort} instead
     */
    public Frame.ImageEnd end() throws ImageChangedException {
        requireState(State.BEGUN);
        if (sent != size) {
            throw new IllegalStateException("end() before every chunk was sent: " + sent + " of " + size);
        }
        closeQuietly();
        if (!HexFormat.of().formatHex(resendDigest.digest()).equals(sha256)) {
            state = State.ABORTED;
            throw new ImageChangedException(path + " changed while it was sent");
        }
        state = State.ENDED;
        return new Frame.ImageEnd(transferId);
    }

    /** The IMAGE_ABORT abandoning this transfer with {@code reason}; closes the file. */
    public Frame.ImageAbort abort(String reason) {
        closeQuietly();
        state = State.ABORTED;
        return new Frame.ImageAbort(transferId, reason);
    }

    /** Closes the file; frames can no longer be pulled. */
    @Override
    public void close() {
        closeQuietly();
        if (state == State.OPEN || state == State.BEGUN) {
            state = State.CLOSED;
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            // a read-only channel has nothing to flush; nothing is lost
        }
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new IllegalStateException("transfer " + transferId + " is " + state + ", not " + expected);
        }
    }

    public State state() {
        return state;
    }

    public Path path() {
        return path;
    }

    public long transferId() {
        return transferId;
    }

    /** The display name sent in IMAGE_BEGIN: the file's name reduced to a safe base name. */
    public String name() {
        return name;
    }

    public ImageFormat format() {
        return format;
    }

    public long size() {
        return size;
    }

    /** The lowercase hex SHA-256 of the file, as announced. */
    public String sha256() {
        return sha256;
    }

    /** Image bytes pulled as chunks so far. */
    public long sent() {
        return sent;
    }

    /** The fraction of the bytes sent, 0.0 to 1.0. */
    public double progress() {
        return (double) sent / size;
    }

    /** The chunk size used: 64 KiB, or less when the server's maxFrame is smaller. */
    public int chunkSize() {
        return chunkSize;
    }
}
