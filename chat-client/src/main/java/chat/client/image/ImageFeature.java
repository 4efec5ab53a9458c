package chat.client.image;

import chat.client.Messages;
import chat.client.command.Command;
import chat.client.console.ConsoleOutput;
import chat.client.console.Renderer;
import chat.client.session.ChatSession;
import chat.client.session.CommandHandler;
import chat.client.session.IncomingFrameHandler;
import chat.core.frame.Frame;
import chat.core.protocol.ErrorCode;
import chat.core.text.TerminalText;
import chat.image.ImageLines;
import chat.image.send.ImagePaths;
import chat.image.receive.AbortCause;
import chat.image.receive.ImageInbox;
import chat.image.receive.IncomingImage;
import chat.image.receive.InboxListener;
import chat.image.receive.ReceivedImage;
import chat.image.render.TerminalImageRenderer;
import chat.image.send.ImageRefusedException;
import chat.image.send.OutgoingImage;
import chat.image.send.UploadListener;
import chat.image.send.UploadQueue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pictures in the chat client: {@code /image} queues an upload whose chunks the link sends
 * between typed lines; incoming transfers are saved by the inbox and drawn above the prompt;
 * {@code /images}, {@code /show N} and {@code /open N} work on what was received.
 */
public final class ImageFeature implements IncomingFrameHandler, CommandHandler, UploadListener, InboxListener {
    private static final Pattern TRANSFER_IN_MESSAGE = Pattern.compile("\\btransfer (\\d{1,10})\\b");

    private final ChatSession session;
    private final ConsoleOutput out;
    private final Renderer renderer;
    private final TerminalImageRenderer pictures;
    private final UploadQueue uploads = new UploadQueue(this);
    private final ImageInbox inbox;
    private final DesktopViewer viewer;
    private final ProgressSteps uploadSteps = new ProgressSteps();
    private final ProgressSteps downloadSteps = new ProgressSteps();

    public ImageFeature(ChatSession session, Path downloadFolder, TerminalImageRenderer pictures, DesktopViewer viewer) {
        this.session = session;
        this.out = session.output();
        this.renderer = session.renderer();
        this.pictures = pictures;
        this.viewer = viewer;
        this.inbox = new ImageInbox(downloadFolder, this);
    }

    /** Hooks the feature into {@code session}: frames, commands, lost connections and the link's bulk source. */
    public ImageFeature install() {
        session.addFrameHandler(this);
        session.addCommandHandler(this);
        session.addDisconnectHook(() -> {
            uploads.connectionLost(Messages.get("image.connection.lost"));
            inbox.connectionLost();
        });
        session.link().bulkSource(uploads::nextFrame);
        return this;
    }

    /** The client is leaving: unfinished downloads are deleted and uploads closed. */
    public void close() {
        uploads.connectionLost(Messages.get("image.leaving"));
        inbox.connectionLost();
    }

    public ImageInbox inbox() {
        return inbox;
    }

    // ---- commands (console thread) ----

    @Override
    public boolean handle(Command command) {
        if (command instanceof Command.Image image) {
            send(image.path());
        } else if (command instanceof Command.Images) {
            list();
        } else if (command instanceof Command.Show show) {
            received(show.number()).ifPresent(this::draw);
        } else if (command instanceof Command.Open open) {
            received(open.number()).ifPresent(this::open);
        } else {
            return false;
        }
        return true;
    }

    private void send(String typedPath) {
        if (!session.link().isJoined()) {
            out.print(renderer.problem(Messages.get("send.offline")));
            return;
        }
        try {
            uploads.add(ImagePaths.expand(typedPath), session.room().limits());
            session.link().bulkAvailable();
        } catch (ImageRefusedException e) {
            out.print(renderer.problem(e.getLocalizedMessage()));
        } catch (IOException e) {
            out.print(renderer.problem(Messages.get("image.unreadable", typedPath, String.valueOf(e.getMessage()))));
        }
    }

    private void list() {
        List<ReceivedImage> received = inbox.received();
        if (received.isEmpty()) {
            out.print(renderer.status(ImageLines.listEmpty()));
            return;
        }
        for (ReceivedImage image : received) {
            out.print(renderer.plain(ImageLines.listEntry(image)));
        }
    }

    private Optional<ReceivedImage> received(int number) {
        Optional<ReceivedImage> image = inbox.received(number);
        if (image.isEmpty()) {
            out.print(renderer.problem(ImageLines.noSuchImage(String.valueOf(number))));
        }
        return image;
    }

    private void draw(ReceivedImage image) {
        String drawing = pictures.render(image);
        if (!drawing.isEmpty()) {
            out.printRaw(drawing);
        }
    }

    private void open(ReceivedImage image) {
        if (!viewer.open(image.path())) {
            out.print(renderer.status(ImageLines.openNoDisplay(image)));
        }
    }

    // ---- frames (link thread) ----

    @Override
    public boolean handle(Frame frame, ConsoleOutput console) {
        if (frame instanceof Frame.Error error) {
            return stopRefusedUpload(error);
        }
        if (frame instanceof Frame.ImageBegin) {
            inbox.limits(session.room().limits());
        }
        return inbox.handle(frame);
    }

    /**
     * The server refused or dropped one of our uploads ({@code image_rejected}, {@code too_many_transfers}):
     * stop sending it. The ERROR names the transfer in its message ("transfer 3: ..."), the protocol
     * giving it no field of its own. True when it was ours and has been reported as failed.
     */
    private boolean stopRefusedUpload(Frame.Error error) {
        ErrorCode code = error.knownCode();
        if (code != ErrorCode.IMAGE_REJECTED && code != ErrorCode.TOO_MANY_TRANSFERS) {
            return false;
        }
        Matcher named = TRANSFER_IN_MESSAGE.matcher(String.valueOf(error.message()));
        if (!named.find()) {
            return false;
        }
        long id = Long.parseLong(named.group(1));
        boolean ours = uploads.transfers().stream().anyMatch(image -> image.transferId() == id);
        if (ours) {
            uploads.cancel(id, TerminalText.sanitizeLine(error.message()));
        }
        return ours;
    }

    // ---- uploads ----

    @Override
    public void started(OutgoingImage image) {
        out.print(renderer.status(ImageLines.uploadStarted(image)));
    }

    @Override
    public void progress(OutgoingImage image) {
        if (uploadSteps.reached(image, image.progress())) {
            out.print(renderer.status(ImageLines.uploadProgress(image)));
        }
    }

    @Override
    public void completed(OutgoingImage image) {
        uploadSteps.forget(image);
        out.print(renderer.status(ImageLines.uploadDone(image)));
    }

    @Override
    public void failed(OutgoingImage image, String reason) {
        uploadSteps.forget(image);
        out.print(renderer.problem(ImageLines.uploadFailed(image, reason)));
    }

    // ---- downloads ----

    @Override
    public void started(IncomingImage image) {
        out.print(renderer.status(ImageLines.downloadStarted(image)));
    }

    @Override
    public void progress(IncomingImage image) {
        if (downloadSteps.reached(image, image.progress())) {
            out.print(renderer.status(ImageLines.downloadProgress(image)));
        }
    }

    @Override
    public void completed(ReceivedImage image) {
        out.print(renderer.status(ImageLines.downloadDone(image)));
        draw(image);
    }

    @Override
    public void aborted(IncomingImage image, AbortCause cause, String reason) {
        downloadSteps.forget(image);
        out.print(renderer.problem(ImageLines.downloadAborted(reason)));
    }
}
