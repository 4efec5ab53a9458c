package chat.client.session;

import chat.client.ChatClient;
import chat.client.net.HostPort;
import chat.client.net.LinkConfig;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** The real console and session on a dumb terminal over piped streams, run on its own thread. */
final class ConsoleHarness implements AutoCloseable {
    static final long TEST_BACKOFF_INITIAL_MILLIS = 50;
    static final long TEST_BACKOFF_MAX_MILLIS = 200;
    /** JLine reports the end of piped input through java.util.logging; tests end input on purpose. */
    private static final java.util.logging.Logger JLINE_LOG = quiet();

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final ChatClient client;
    private final Thread thread;

    ConsoleHarness(int port, String nick, String password) throws IOException {
        PipedInputStream input = new PipedInputStream(keyboard, 64 * 1024);
        terminal = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
                .streams(input, new SynchronizedStream(screen)).build();
        LinkConfig config = LinkConfig.of(new HostPort("127.0.0.1", port), nick, password)
                .withReconnect(TEST_BACKOFF_INITIAL_MILLIS, TEST_BACKOFF_MAX_MILLIS);
        client = new ChatClient(terminal, config, false, null);
        thread = new Thread(client::run, "console-" + nick);
        thread.setDaemon(true);
        thread.start();
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.jline");
        log.setLevel(java.util.logging.Level.OFF);
        return log;
    }

    ChatSession session() {
        return client.session();
    }

    void type(String line) throws IOException {
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Ends the input, as Ctrl-D at an empty prompt or the end of a pipe. */
    void endInput() throws IOException {
        keyboard.close();
    }

    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    void awaitScreen(String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> screen().contains(text));
    }

    void awaitJoined() {
        await().atMost(Duration.ofSeconds(10)).until(() -> client.session().link().isJoined());
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    @Override
    public void close() throws IOException {
        client.session().close();
        keyboard.close();
        try {
            awaitExit(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminal.close();
    }

    /** The screen buffer, written by the terminal and read by the test. */
    private static final class SynchronizedStream extends java.io.OutputStream {
        private final ByteArrayOutputStream target;

        SynchronizedStream(ByteArrayOutputStream target) {
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
