package chat.client.testing;

import chat.client.ChatClient;
import chat.client.ClientOptions;
import chat.client.net.HostPort;
import chat.client.net.LinkConfig;
import chat.client.session.ChatSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.awaitility.Awaitility.await;

/**
 * A whole chat client (console, session, images, tank) on a terminal over piped streams, run on its own
 * thread: what the test types goes in as keystrokes, everything the client draws is kept as the screen.
 */
public final class TestConsole implements AutoCloseable {
    /** Reconnect quickly in tests. */
    private static final long BACKOFF_INITIAL_MILLIS = 50;
    private static final long BACKOFF_MAX_MILLIS = 200;
    private static final int KEYBOARD_BUFFER = 64 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** JLine reports the end of piped input through java.util.logging; tests end input on purpose. */
    private static final Logger JLINE_LOG = quietJline();

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final ChatClient client;
    private final Thread thread;

    /**
     * @param port         the chat server's port on 127.0.0.1
     * @param nick         the nick to join with
     * @param options      image mode, download folder, tank settings
     * @param terminalType {@link Terminal#TYPE_DUMB}, or a real type such as {@code xterm-256color}
     */
    public TestConsole(int port, String nick, ClientOptions options, String terminalType) throws IOException {
        this(port, nick, null, options, terminalType);
    }

    /** As above, joining with {@code password} (null for none). */
    public TestConsole(int port, String nick, String password, ClientOptions options, String terminalType)
            throws IOException {
        PipedInputStream input = new PipedInputStream(keyboard, KEYBOARD_BUFFER);
        terminal = TerminalBuilder.builder().system(false).type(terminalType).size(new org.jline.terminal.Size(80, 24))
                .streams(input, new SharedScreen(screen)).build();
        LinkConfig config = LinkConfig.of(new HostPort("127.0.0.1", port), nick, password)
                .withReconnect(BACKOFF_INITIAL_MILLIS, BACKOFF_MAX_MILLIS);
        client = new ChatClient(terminal, config, false, null, options);
        thread = new Thread(client::run, "test-console-" + nick);
        thread.setDaemon(true);
        thread.start();
    }

    /** A client on a dumb terminal (what a pipe gets). */
    public static TestConsole dumb(int port, String nick, ClientOptions options) throws IOException {
        return new TestConsole(port, nick, options, Terminal.TYPE_DUMB);
    }

    private static Logger quietJline() {
        Logger log = Logger.getLogger("org.jline");
        log.setLevel(Level.OFF);
        return log;
    }

    /** A client with the default options, joining with {@code password} (null for none), on a dumb terminal. */
    public static TestConsole withPassword(int port, String nick, String password) throws IOException {
        return new TestConsole(port, nick, password, ClientOptions.defaults(), Terminal.TYPE_DUMB);
    }

    public ChatClient client() {
        return client;
    }

    public ChatSession session() {
        return client.session();
    }

    /** Types {@code line} and Enter. */
    public void type(String line) throws IOException {
        keys(line + "\n");
    }

    /** Sends raw keystrokes (escape sequences included). */
    public void keys(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Ends the input, as Ctrl-D at an empty prompt or the end of a pipe. */
    public void endInput() throws IOException {
        keyboard.close();
    }

    public String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    public void awaitScreen(String text) {
        await().atMost(WAIT).until(() -> screen().contains(text));
    }

    public TestConsole awaitJoined() {
        await().atMost(WAIT).until(() -> client.session().link().isJoined());
        return this;
    }

    /** Waits for the console's thread to end (after /quit or the end of input); true if it has. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    @Override
    public void close() throws IOException {
        keyboard.close();
        try {
            awaitExit(Duration.ofSeconds(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.session().close();
        try {
            terminal.close();
        } catch (IllegalStateException e) {
            // JLine 4.5.0: closing a pty terminal over streams may redraw its status line after marking itself
            // closed (now and then); the terminal is closed either way
        }
    }

    /** The screen buffer, written by the terminal and read by the test. */
    private static final class SharedScreen extends OutputStream {
        private final ByteArrayOutputStream target;

        SharedScreen(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            synchronized (target) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (target) {
                target.write(b, off, len);
            }
        }
    }
}
