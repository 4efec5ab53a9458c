package chat.image.send;

import chat.core.frame.Frame;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.image.ImageLimits;
import chat.image.ImageText;
import chat.image.send.ImageRefusedException.Reason;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's outgoing images: at most 4 in flight (the protocol's limit per sender), more waiting their turn.
 * The network link pulls one frame at a time with {@link #nextFrame()}, round-robin over the transfers in flight,
 * and sends its text frames in between, so text typed during an upload goes out promptly. Thread-safe: the console
 * adds, the network link pulls; listeners are called outside the lock.
 */
public final class UploadQueue {
    /** Images waiting for a free slot, beyond the 4 in flight; more are refused. */
    public static final int MAX_WAITING = 16;
    private static final long MAX_TRANSFER_ID = 0xFFFF_FFFFL;
    private static final int PERCENT = 100;

    private final UploadListener listener;
    private final Deque<OutgoingImage> inFlight = new ArrayDeque<>();
    private final Deque<OutgoingImage> waiting = new ArrayDeque<>();
    private final Map<Long, Integer> reportedPercent = new HashMap<>();
    private long lastTransferId;

    public UploadQueue(UploadListener listener) {
        this.listener = listener;
    }

    /**
     * Checks and opens {@code path} ({@code ~} expanded) against {@code limits} (from WELCOME) and queues it.
     *
     * @return the queued image, with its transfer id
     * @throws ImageRefusedException the file cannot be sent, or too many images are queued
     * @throws IOException           the file could not be read
     */
    public OutgoingImage add(Path path, ProtocolLimits limits) throws ImageRefusedException, IOException {
        long transferId;
        synchronized (this) {
            if (waiting.size() >= MAX_WAITING) {
                throw new ImageRefusedException(Reason.TOO_MANY_TRANSFERS, path, MAX_WAITING);
            }
            transferId = nextTransferId();
        }
        OutgoingImage image = OutgoingImage.open(path, limits, transferId);
        synchronized (this) {
            if (inFlight.size() < Protocol.MAX_OPEN_TRANSFERS) {
                inFlight.addLast(image);
            } else {
                waiting.addLast(image);
            }
        }
        return image;
    }

    private long nextTransferId() {
        lastTransferId = lastTransferId == MAX_TRANSFER_ID ? 1 : lastTransferId + 1;
        return lastTransferId;
    }

    /** True when {@link #nextFrame()} has a frame to give. */
    public synchronized boolean hasFrames() {
        return !inFlight.isEmpty();
    }

    /** Transfers in flight, then those waiting, in order. */
    public synchronized List<OutgoingImage> transfers() {
        List<OutgoingImage> all = new ArrayList<>(inFlight);
        all.addAll(waiting);
        return all;
    }

    /**
     * The next frame to send (IMAGE_BEGIN, IMAGE_CHUNK, IMAGE_END or IMAGE_ABORT), taken round-robin from the
     * transfers in flight, or null when there is none. A file that fails to read yields its IMAGE_ABORT.
     */
    public Frame nextFrame() {
        List<Runnable> events = new ArrayList<>(2);
        Frame frame;
        synchronized (this) {
            OutgoingImage image = inFlight.pollFirst();
            if (image == null) {
                return null;
            }
            frame = pull(image, events);
            if (image.state() == OutgoingImage.State.BEGUN) {
                inFlight.addLast(image);
            } else {
                finished(image);
            }
        }
        events.forEach(Runnable::run);
        return frame;
    }

    private Frame pull(OutgoingImage image, List<Runnable> events) {
        try {
            if (image.state() == OutgoingImage.State.OPEN) {
                events.add(() -> listener.started(image));
                return image.begin();
            }
            Frame.ImageChunk chunk = image.nextChunk();
            if (chunk == null) {
                Frame.ImageEnd end = image.end();
                events.add(() -> listener.completed(image));
                return end;
            }
            reportProgress(image, events);
            return chunk;
        } catch (IOException e) {
            String reason = ImageText.get("upload.readFailed", image.path(), e.getMessage());
            events.add(() -> listener.failed(image, reason));
            return image.abort(reason);
        }
    }

    private void reportProgress(OutgoingImage image, List<Runnable> events) {
        if (image.size() <= ImageLimits.PROGRESS_THRESHOLD) {
            return;
        }
        int percent = (int) (image.sent() * PERCENT / image.size());
        Integer previous = reportedPercent.put(image.transferId(), percent);
        if (previous == null || previous != percent) {
            events.add(() -> listener.progress(image));
        }
    }

    private void finished(OutgoingImage image) {
        reportedPercent.remove(image.transferId());
        OutgoingImage next = waiting.pollFirst();
        if (next != null) {
            inFlight.addLast(next);
        }
    }

    /**
     * Abandons one transfer. Returns the IMAGE_ABORT to send when it had begun, else null (nothing was sent).
     */
    public Frame.ImageAbort cancel(long transferId, String reason) {
        OutgoingImage cancelled = null;
        Frame.ImageAbort abort = null;
        synchronized (this) {
            for (Deque<OutgoingImage> queue : List.of(inFlight, waiting)) {
                for (OutgoingImage image : queue) {
                    if (image.transferId() == transferId) {
                        cancelled = image;
                    }
                }
                if (cancelled != null) {
                    queue.remove(cancelled);
                    break;
                }
            }
            if (cancelled == null) {
                return null;
            }
            boolean begun = cancelled.state() == OutgoingImage.State.BEGUN;
            Frame.ImageAbort frame = cancelled.abort(reason);
            abort = begun ? frame : null;
            reportedPercent.remove(transferId);
            if (inFlight.size() < Protocol.MAX_OPEN_TRANSFERS) {
                finished(cancelled);
            }
        }
        listener.failed(cancelled, reason);
        return abort;
    }

    /** The connection is gone: every transfer is abandoned (nothing more can be sent) and reported failed. */
    public void connectionLost(String reason) {
        List<OutgoingImage> lost;
        synchronized (this) {
            lost = transfers();
            inFlight.clear();
            waiting.clear();
            reportedPercent.clear();
        }
        for (OutgoingImage image : lost) {
            image.close();
            listener.failed(image, reason);
        }
    }
}
