package chat.image.receive;

import chat.core.frame.Frame;
import chat.core.image.MagicCheck;
import chat.core.protocol.FrameType;
import chat.core.protocol.ProtocolLimits;
import chat.core.text.TerminalText;
import chat.image.ImageDimensions;
import chat.image.ImageHeaders;
import chat.image.ImageLimits;
import chat.image.ImageText;
import chat.image.SafeFileName;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The client's incoming images, keyed by the server's transfer id. Each IMAGE_BEGIN opens a hidden {@code .part}
 * file in the download folder; chunks are appended as they arrive; IMAGE_END checks the size and SHA-256 and moves
 * the file atomically to a safe, unique name ({@code cat.png}, {@code cat-1.png}, ...). IMAGE_ABORT, a mismatch or
 * an overflow deletes the partial file. Completed images are numbered for {@code /images}, {@code /open N} and
 * {@code /show N}.
 *
 * <p>Frame methods are called by one thread (the one reading frames); {@link #received()} may be called from any.
 */
public final class ImageInbox {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    /** Transfer ids refused at IMAGE_BEGIN remembered, so their chunks are dropped quietly. */
    private static final int MAX_REMEMBERED_REFUSALS = 1024;
    private static final int PERCENT = 100;

    private final Path folder;
    private final InboxListener listener;
    private final Clock clock;
    private final Map<Long, IncomingImage> open = new HashMap<>();
    private final Set<Long> refused = new LinkedHashSet<>();
    private final List<ReceivedImage> received = new CopyOnWriteArrayList<>();
    private volatile ProtocolLimits limits = ProtocolLimits.DEFAULTS;

    /** An inbox saving into {@code folder} (created when the first image arrives). */
    public ImageInbox(Path folder, InboxListener listener) {
        this(folder, listener, Clock.systemUTC());
    }

    public ImageInbox(Path folder, InboxListener listener, Clock clock) {
        this.folder = folder;
        this.listener = listener;
        this.clock = clock;
    }

    /** Uses the limits the server announced in WELCOME (defaults until then). */
    public void limits(ProtocolLimits limits) {
        this.limits = limits;
    }

    /** Where images are saved. */
    public Path folder() {
        return folder;
    }

    /**
     * Handles {@code frame} if it is IMAGE_BEGIN, IMAGE_CHUNK, IMAGE_END or IMAGE_ABORT.
     *
     * @return true when the frame was an image frame (handled), false for any other frame
     */
    public boolean handle(Frame frame) {
        if (frame instanceof Frame.ImageBegin begin) {
            begin(begin);
        } else if (frame instanceof Frame.ImageChunk chunk) {
            chunk(chunk);
        } else if (frame instanceof Frame.ImageEnd end) {
            end(end);
        } else if (frame instanceof Frame.ImageAbort abort) {
            abort(abort);
        } else {
            return false;
        }
        return true;
    }

    /** An image starts arriving: checks what is announced and opens its temporary file. */
    public void begin(Frame.ImageBegin begin) {
        IncomingImage image = new IncomingImage(begin);
        if (open.containsKey(begin.transfer())) {
            fail(open.remove(begin.transfer()), AbortCause.DUPLICATE_TRANSFER, "");
            refuse(image, AbortCause.DUPLICATE_TRANSFER, "");
            return;
        }
        if (begin.size() < 1 || begin.size() > limits.maxImage()) {
            refuse(image, AbortCause.TOO_LARGE, String.valueOf(limits.maxImage()));
            return;
        }
        if (image.format() == null || begin.sha256() == null || !SHA256_HEX.matcher(begin.sha256()).matches()) {
            refuse(image, AbortCause.BAD_ANNOUNCEMENT, image.mime() == null ? "" : image.mime());
            return;
        }
        if (open.size() >= ImageLimits.MAX_INCOMING_TRANSFERS) {
            refuse(image, AbortCause.TOO_MANY, String.valueOf(ImageLimits.MAX_INCOMING_TRANSFERS));
            return;
        }
        try {
            image.openTempFile(folder);
        } catch (IOException | RuntimeException e) {
            image.discard();
            refuse(image, AbortCause.DISK_ERROR, String.valueOf(e.getMessage()));
            return;
        }
        open.put(image.transfer(), image);
        listener.started(image);
    }

    /** The next bytes of an image: appended, or the transfer aborted if they overflow or do not match the mime. */
    public void chunk(Frame.ImageChunk chunk) {
        IncomingImage image = openTransfer(chunk.transfer(), FrameType.IMAGE_CHUNK);
        if (image == null) {
            return;
        }
        if (chunk.data().length > image.size() - image.received()) {
            failMidway(image, AbortCause.SIZE_OVERFLOW,
                    String.valueOf(image.received() + chunk.data().length));
            return;
        }
        try {
            image.append(chunk.data());
        } catch (IOException | RuntimeException e) {
            failMidway(image, AbortCause.DISK_ERROR, String.valueOf(e.getMessage()));
            return;
        }
        if (image.magicVerdict() == MagicCheck.Verdict.MISMATCH) {
            failMidway(image, AbortCause.WRONG_CONTENT, image.mime());
            return;
        }
        if (image.size() > ImageLimits.PROGRESS_THRESHOLD && image.percentMoved()) {
            listener.progress(image);
        }
    }

    /** An image is complete: verified, then moved to its final name and listed. */
    public void end(Frame.ImageEnd end) {
        IncomingImage image = openTransfer(end.transfer(), FrameType.IMAGE_END);
        if (image == null) {
            return;
        }
        open.remove(image.transfer());
        if (image.received() != image.size()) {
            fail(image, AbortCause.SIZE_MISMATCH, image.received() + "/" + image.size());
            return;
        }
        if (image.finishMagic() != MagicCheck.Verdict.MATCH) {
            fail(image, AbortCause.WRONG_CONTENT, image.mime());
            return;
        }
        if (!image.receivedSha256().equals(image.announcedSha256())) {
            fail(image, AbortCause.HASH_MISMATCH, "");
            return;
        }
        Path saved;
        try {
            image.closeFile();
            String safeName = SafeFileName.reduce(image.announcedName(), image.format());
            saved = UniqueFileMover.moveToUniqueName(image.tempFile(), folder, safeName);
            image.forgetTempFile();
        } catch (IOException | RuntimeException e) {
            fail(image, AbortCause.DISK_ERROR, String.valueOf(e.getMessage()));
            return;
        }
        ImageDimensions dimensions = ImageHeaders.read(saved).orElse(null);
        ReceivedImage done;
        synchronized (received) {
            done = new ReceivedImage(received.size() + 1, image.sender(), image.name(), image.size(),
                    image.format(), saved, dimensions, clock.instant());
            received.add(done);
        }
        listener.completed(done);
    }

    /** The server abandoned an image: its partial file is deleted. */
    public void abort(Frame.ImageAbort abort) {
        IncomingImage image = open.remove(abort.transfer());
        if (image == null) {
            if (!refused.remove(abort.transfer())) {
                listener.unknownTransfer(abort.transfer(), FrameType.IMAGE_ABORT);
            }
            return;
        }
        fail(image, AbortCause.ABORTED_BY_SERVER, abort.reason() == null ? "" : abort.reason());
    }

    /** The connection is gone: every image still arriving is abandoned and its partial file deleted. */
    public void connectionLost() {
        List<IncomingImage> lost = List.copyOf(open.values());
        open.clear();
        refused.clear();
        for (IncomingImage image : lost) {
            fail(image, AbortCause.CONNECTION_LOST, "");
        }
    }

    /** Images still arriving. */
    public int openTransfers() {
        return open.size();
    }

    /** Every image received and saved, in order ({@code number} 1, 2, ...). */
    public List<ReceivedImage> received() {
        return List.copyOf(received);
    }

    /** The received image with {@code number} (1-based), if any. */
    public Optional<ReceivedImage> received(int number) {
        List<ReceivedImage> all = received();
        return number < 1 || number > all.size() ? Optional.empty() : Optional.of(all.get(number - 1));
    }

    private IncomingImage openTransfer(long transfer, FrameType type) {
        IncomingImage image = open.get(transfer);
        if (image == null && !refused.contains(transfer)) {
            listener.unknownTransfer(transfer, type);
        }
        if (image == null && type == FrameType.IMAGE_END) {
            refused.remove(transfer);
        }
        return image;
    }

    private void refuse(IncomingImage image, AbortCause cause, String detail) {
        remember(image.transfer());
        listener.aborted(image, cause, reason(cause, image, detail));
    }

    /** Fails a transfer whose remaining chunks may still come: they are then dropped quietly. */
    private void failMidway(IncomingImage image, AbortCause cause, String detail) {
        open.remove(image.transfer());
        remember(image.transfer());
        fail(image, cause, detail);
    }

    private void remember(long refusedTransfer) {
        refused.add(refusedTransfer);
        if (refused.size() > MAX_REMEMBERED_REFUSALS) {
            Iterator<Long> oldest = refused.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private void fail(IncomingImage image, AbortCause cause, String detail) {
        image.discard();
        listener.aborted(image, cause, reason(cause, image, detail));
    }

    private static String reason(AbortCause cause, IncomingImage image, String detail) {
        return ImageText.get(cause.messageKey(), TerminalText.sanitizeLine(detail), image.name(),
                TerminalText.sanitizeLine(image.senderNick()));
    }

    /** Percent of {@code image} received, 0 to 100, for progress lines. */
    public static int percent(IncomingImage image) {
        return (int) (image.progress() * PERCENT);
    }
}
