package chat.client.console;

import chat.core.text.TerminalText;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The terminal console, the only writer to the terminal: reads lines with a JLine
 * {@link LineReader} whose prompt shows the nick, and prints everything else above the line
 * being typed ({@link LineReader#printAbove}), so a half-typed line is never clobbered.
 * Ctrl-C clears a typed line and quits from an empty one; Ctrl-D quits.
 */
public final class ChatConsole implements ConsoleOutput {
    private static final String PROMPT_END = "> ";
    private static final int HISTORY_SIZE = 1_000;
    private static final AttributedStyle PROMPT_STYLE = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);

    private final Terminal terminal;
    private final LineReader reader;
    private final ChatCompleter completer;
    private volatile String prompt;
    /** Lines (AttributedString) and raw drawings (String) printed while output is held. */
    private final List<Object> held = new ArrayList<>();
    private boolean holding;

    /**
     * @param terminal    the terminal (a system one, or a dumb one over streams in tests)
     * @param historyFile where typed lines are kept, or null for no history file
     * @param nicks       the nicks offered by completion
     * @param nick        the nick shown until the server confirms one
     */
    public ChatConsole(Terminal terminal, Path historyFile, Supplier<List<String>> nicks, String nick) {
        this.terminal = terminal;
        this.completer = new ChatCompleter(nicks);
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("chat")
                .parser(parser)
                .completer(completer)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                // the typed line is replaced by its echo (`IP nick (you): text`) or the command's answer
                .option(LineReader.Option.ERASE_LINE_ON_FINISH, true)
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        this.reader = builder.build();
        this.prompt = promptFor(nick);
    }

    /** True on a dumb terminal without a console (piped input or output): no prompt is shown then. */
    static boolean isScripted(Terminal terminal) {
        String type = terminal.getType();
        return type != null && type.startsWith(Terminal.TYPE_DUMB) && System.console() == null;
    }

    /** Tab completion, where commands register completers for their arguments. */
    public ChatCompleter completer() {
        return completer;
    }

    public Terminal terminal() {
        return terminal;
    }

    /**
     * Reads lines until the user quits (Ctrl-D, Ctrl-C on an empty line, or {@code handler}
     * returning false), handing each to {@code handler}.
     */
    public void run(Predicate<String> handler) {
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                String partial = e.getPartialLine();
                if (partial == null || partial.isEmpty()) {
                    return;
                }
                continue;
            } catch (EndOfFileException e) {
                return;
            } catch (IllegalStateException e) {
                // the terminal was closed under us: nothing more can be read
                return;
            }
            if (!handler.test(line)) {
                return;
            }
        }
    }

    /** Saves the history file, if there is one. */
    public void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (java.io.IOException | RuntimeException e) {
            // a history that cannot be saved is not worth failing the exit for
        }
    }

    @Override
    public void print(AttributedString line) {
        synchronized (held) {
            if (holding) {
                held.add(line);
                return;
            }
        }
        try {
            reader.printAbove(line);
        } catch (IllegalStateException e) {
            // the terminal is closed: the process is leaving and there is no one to show this to
        }
    }

    @Override
    public void hold() {
        synchronized (held) {
            holding = true;
        }
    }

    @Override
    public void release() {
        List<Object> lines;
        synchronized (held) {
            holding = false;
            lines = new ArrayList<>(held);
            held.clear();
        }
        for (Object line : lines) {
            if (line instanceof AttributedString attributed) {
                print(attributed);
            } else {
                printRaw((String) line);
            }
        }
    }

    @Override
    public void printRaw(String trustedText) {
        synchronized (held) {
            if (holding) {
                held.add(trustedText);
                return;
            }
        }
        try {
            reader.printAbove(trustedText);
        } catch (IllegalStateException e) {
            // the terminal is closed: nothing to draw on
        }
    }

    @Override
    public void nickChanged(String nick) {
        String newPrompt = promptFor(nick);
        prompt = newPrompt;
        if (reader instanceof LineReaderImpl impl && reader.isReading()) {
            try {
                impl.setPrompt(newPrompt);
                reader.callWidget(LineReader.REDRAW_LINE);
                reader.callWidget(LineReader.REDISPLAY);
            } catch (IllegalStateException e) {
                // reading ended meanwhile: the next readLine shows the new prompt
            }
        }
    }

    private String promptFor(String nick) {
        if (isScripted(terminal)) {
            return "";
        }
        String shown = nick == null || nick.isEmpty() ? "chat" : TerminalText.sanitizeLine(nick).replace("%", "%%");
        return new AttributedString(shown + PROMPT_END, PROMPT_STYLE).toAnsi(terminal);
    }
}
