package chat.client;

import chat.client.console.ChatConsole;
import chat.client.console.Renderer;
import chat.client.net.LinkConfig;
import chat.client.session.ChatSession;
import org.jline.terminal.Terminal;

import java.nio.file.Path;
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

    /**
     * @param terminal    the terminal to use (system, or dumb over streams)
     * @param config      where and how to connect
     * @param timestamps  whether lines get a time stamp
     * @param historyFile the history file, or null for none
     */
    public ChatClient(Terminal terminal, LinkConfig config, boolean timestamps, Path historyFile) {
        this.console = new ChatConsole(terminal, historyFile, this::otherNicks, config.nick());
        this.session = new ChatSession(config, console, new Renderer(timestamps));
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
            session.close();
            console.saveHistory();
        }
    }

    private List<String> otherNicks() {
        return session.room().otherNicks();
    }
}
