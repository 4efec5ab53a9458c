package chat.client.plain;

import chat.client.console.ChatConsole;
import chat.client.console.ConsoleOutput;
import chat.client.console.Renderer;
import chat.client.lesson.LessonText;
import chat.client.net.HostPort;
import chat.core.text.TerminalText;
import org.jline.utils.AttributedString;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * {@code chat --line HOST:PORT}: talks to a plain text server through the same console as the
 * chat client. Each typed line is sent as UTF-8 with the chosen ending (after the macro and
 * {@code aléatoire} expansion, if any); received text is printed above the prompt, sanitised, as
 * it comes. Nothing typed is taken as a command here: {@code /nick} and the like go to the server.
 * Ctrl-D (or Enter once the server has gone) leaves.
 */
public final class PlainTextClient {
    public static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final ChatConsole console;
    private final ConsoleOutput out;
    private final Renderer renderer;
    private final HostPort server;
    private final LineEnding ending;
    private final Function<String, List<String>> expand;
    private volatile PlainConnection connection;

    /**
     * @param console the console (its prompt and history)
     * @param server  where the plain text server is
     * @param ending  what ends each line sent
     * @param expand  turns a typed line into the lines to send (macros, {@code aléatoire}); identity if none
     */
    public PlainTextClient(ChatConsole console, HostPort server, LineEnding ending,
                           Function<String, List<String>> expand) {
        this.console = console;
        this.out = console;
        this.renderer = new Renderer(false);
        this.server = server;
        this.ending = ending;
        this.expand = expand;
    }

    /** Connects, then reads lines until the user leaves; returns false if the connection could not be made. */
    public boolean run() {
        out.print(renderer.status(LessonText.get("plain.connecting", server.toString(), ending.toString())));
        try {
            connection = PlainConnection.open(server, ending, CONNECT_TIMEOUT_MILLIS, new PlainListener() {
                @Override
                public void line(String text) {
                    out.print(new AttributedString(TerminalText.sanitizeLine(text)));
                }

                @Override
                public void closed(String reason) {
                    out.print(renderer.status(LessonText.get("plain.closed")));
                }
            });
        } catch (IOException e) {
            out.print(renderer.problem(LessonText.get("plain.failed", server.toString(), String.valueOf(e.getMessage()))));
            return false;
        }
        out.print(renderer.status(LessonText.get("plain.connected", server.toString())));
        try {
            console.run(this::typed);
        } finally {
            connection.close();
            console.saveHistory();
        }
        return true;
    }

    /** Closes the connection (e.g. on a signal). */
    public void close() {
        PlainConnection current = connection;
        if (current != null) {
            current.close();
        }
    }

    private boolean typed(String line) {
        PlainConnection current = connection;
        if (current.isClosed()) {
            return false;
        }
        for (String text : expand.apply(line)) {
            if (!current.send(text)) {
                out.print(renderer.problem(LessonText.get("plain.not.sent")));
                return true;
            }
            out.print(renderer.ownPlain(text)); // the console erases the typed line: this is its echo
        }
        return true;
    }
}
