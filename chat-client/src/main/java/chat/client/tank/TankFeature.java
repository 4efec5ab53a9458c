package chat.client.tank;

import chat.client.command.Command;
import chat.client.console.ConsoleOutput;
import chat.client.console.Renderer;
import chat.client.session.ChatSession;
import chat.client.session.CommandHandler;
import chat.core.text.TerminalText;
import chat.tank.TankCommands;
import chat.tank.TankOutput;
import chat.tank.TankSettings;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

import java.util.List;
import java.util.Locale;

/**
 * The Mini-Tank in the chat client: {@code /tank ...} goes to the tank module, the driving mode
 * takes the terminal on the console thread, and robot readings go to the status line (or, on a
 * terminal without one, to an occasional notice). Closing always tells the robot to disconnect.
 */
public final class TankFeature implements CommandHandler, TankOutput, AutoCloseable {
    /** Without a status line, a reading is printed at most this often. */
    private static final long NOTICE_INTERVAL_MILLIS = 10_000;

    private final ChatSession session;
    private final ConsoleOutput out;
    private final Renderer renderer;
    private final Terminal terminal;
    private final TankCommands commands;
    private final Status statusLine;
    private long lastNoticeMillis;
    private String lastStatus = "";

    public TankFeature(ChatSession session, Terminal terminal, TankSettings settings) {
        this.session = session;
        this.out = session.output();
        this.renderer = session.renderer();
        this.terminal = terminal;
        this.commands = new TankCommands(settings, this, Locale.getDefault());
        this.statusLine = statusLineOf(terminal);
    }

    public TankFeature install() {
        session.addCommandHandler(this);
        return this;
    }

    /** Words that may follow {@code /tank}, for completion. */
    public List<String> subcommands() {
        return commands.subcommands();
    }

    @Override
    public boolean handle(Command command) {
        if (!(command instanceof Command.Tank tank)) {
            return false;
        }
        if (commands.isDriveRequest(tank.args())) {
            out.hold(); // the driving screen has the terminal: chat lines wait until it is left
            try {
                commands.drive(terminal);
            } finally {
                out.release();
            }
        } else {
            commands.execute(tank.args());
        }
        return true;
    }

    @Override
    public void info(String text) {
        out.print(renderer.status(TerminalText.sanitizeLine(text)));
    }

    @Override
    public void error(String text) {
        out.print(renderer.problem(TerminalText.sanitizeLine(text)));
    }

    @Override
    public synchronized void status(String robotText) {
        String text = TerminalText.sanitizeLine(robotText); // robot replies end up in it
        if (statusLine != null) {
            try {
                statusLine.update(text.isEmpty() ? List.of() : List.of(new AttributedString(text)));
                return;
            } catch (RuntimeException e) {
                // fall back to notices below
            }
        }
        long now = System.currentTimeMillis();
        if (!text.isEmpty() && !text.equals(lastStatus) && now - lastNoticeMillis >= NOTICE_INTERVAL_MILLIS) {
            lastNoticeMillis = now;
            out.print(renderer.status(text));
        }
        lastStatus = text;
    }

    /** Tells the robot to disconnect (if connected) and clears the status line. */
    @Override
    public void close() {
        commands.close();
        if (statusLine != null) {
            try {
                statusLine.update(List.of());
            } catch (RuntimeException ignored) {
                // the terminal is going away
            }
        }
    }

    private static Status statusLineOf(Terminal terminal) {
        if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            return null;
        }
        try {
            return Status.getStatus(terminal);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
