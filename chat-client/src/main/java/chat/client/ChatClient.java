package chat.client;

import chat.client.command.CommandName;
import chat.client.console.ChatConsole;
import chat.client.console.Renderer;
import chat.client.image.DesktopViewer;
import chat.client.image.ImageFeature;
import chat.client.lesson.DisplayFormat;
import chat.client.lesson.LessonFeature;
import chat.client.lesson.LessonFeatures;
import chat.client.net.LinkConfig;
import chat.client.session.ChatSession;
import chat.client.tank.TankFeature;
import chat.image.render.TerminalImageRenderer;
import org.jline.builtins.Completers;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One interactive client on one terminal: the console, the session and its link. {@link #run()}
 * connects, reads lines until the user quits, then leaves the room (BYE) and saves the history.
 */
public final class ChatClient {
    /** How long the console waits for the first connection attempt before reading, so piped lines are not refused. */
    public static final long FIRST_ATTEMPT_WAIT_MILLIS = 10_000;

    private final ChatConsole console;
    private final ChatSession session;
    private final ImageFeature images;
    private final TankFeature tank;
    private final LessonFeature lesson;

    /**
     * @param terminal    the terminal to use (system, or dumb over streams)
     * @param config      where and how to connect
     * @param timestamps  whether lines get a time stamp
     * @param historyFile the history file, or null for none
     */
    public ChatClient(Terminal terminal, LinkConfig config, boolean timestamps, Path historyFile) {
        this(terminal, config, timestamps, historyFile, ClientOptions.defaults());
    }

    /** As above, with where pictures go and how they are drawn, and how the Mini-Tank is reached. */
    public ChatClient(Terminal terminal, LinkConfig config, boolean timestamps, Path historyFile,
                      ClientOptions options) {
        this(terminal, config, timestamps, historyFile, options,
                LessonFeatures.forSession(DisplayFormat.standard(), false, timestamps));
    }

    /** As above, with the lesson's extensions (display format, macros, auto-replies...) and their settings. */
    public ChatClient(Terminal terminal, LinkConfig config, boolean timestamps, Path historyFile,
                      ClientOptions options, LessonFeatures lessonFeatures) {
        this.console = new ChatConsole(terminal, historyFile, this::otherNicks, config.nick());
        this.session = new ChatSession(config, console, new Renderer(timestamps));
        this.images = new ImageFeature(session, options.downloadFolder(),
                TerminalImageRenderer.forTerminal(terminal, options.imageMode()), DesktopViewer.forThisSession())
                .install();
        this.tank = new TankFeature(session, terminal, options.tank()).install();
        Completers.FileNameCompleter files = new Completers.FileNameCompleter();
        console.completer().arguments(CommandName.IMAGE, files);
        console.completer().arguments(CommandName.TANK, new StringsCompleter(tank.subcommands()));
        this.lesson = new LessonFeature(session, lessonFeatures, Clock.systemDefaultZone()).install();
        StringsCompleter tables = new StringsCompleter("add", "list", "remove");
        console.completer().arguments(CommandName.MACRO, tables);
        console.completer().arguments(CommandName.AUTO, tables);
        console.completer().arguments(CommandName.FORMAT, new StringsCompleter(DisplayFormat.presets()));
        console.completer().arguments(CommandName.COUNTER, new StringsCompleter("on", "off"));
    }

    public ImageFeature images() {
        return images;
    }

    public LessonFeature lesson() {
        return lesson;
    }

    public ChatConsole console() {
        return console;
    }

    /** The session: the place to add frame handlers before {@link #run()}. */
    public ChatSession session() {
        return session;
    }

    /** Connects, then reads lines until the user quits; returns once the room has been left. */
    public void run() {
        session.start();
        try {
            session.awaitFirstAttempt(FIRST_ATTEMPT_WAIT_MILLIS);
            console.run(session::handleLine);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.close(); // BYE first: a robot that stopped reading must not delay it
            tank.close();
            images.close();
            console.saveHistory();
        }
    }

    private List<String> otherNicks() {
        return session.room().otherNicks();
    }
}
