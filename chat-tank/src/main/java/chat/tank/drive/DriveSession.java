package chat.tank.drive;

import chat.tank.command.TankCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * Driving mode on a terminal: raw mode, keys in, throttled movements out, a live status line, and on leaving
 * (Esc, q, Ctrl-C, end of input, or the link dropping) the robot is stopped and the terminal restored.
 */
public final class DriveSession {
    /** Commands go out at most this often while keys change the movement. */
    public static final long MIN_SEND_INTERVAL_MILLIS = 75;
    /** How long after ESC a following {@code [} still counts as an arrow key. */
    static final long ESCAPE_TIMEOUT_MILLIS = 40;
    /** How often the loop wakes up without keys, to send a delayed movement and refresh the status. */
    private static final long TICK_MILLIS = 20;

    private final Terminal terminal;
    private final DriveLink link;
    private final DriveView view;
    private volatile boolean interrupted;

    public DriveSession(Terminal terminal, DriveLink link, DriveView view) {
        this.terminal = terminal;
        this.link = link;
        this.view = view;
    }

    /** Runs until the user leaves or the link drops; always stops the robot and restores the terminal. */
    public void run() throws IOException {
        Attributes saved = terminal.enterRawMode();
        Terminal.SignalHandler previousInterrupt = terminal.handle(Terminal.Signal.INT, signal -> interrupted = true);
        PrintWriter out = terminal.writer();
        DriveController controller = new DriveController();
        try {
            out.print(view.legend());
            out.print("\r\n");
            out.flush();
            loop(controller, out);
        } finally {
            if (link.connected()) {
                link.send(TankCommand.Move.STOP);
            }
            out.print("\r\n");
            out.flush();
            terminal.handle(Terminal.Signal.INT, previousInterrupt);
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }

    private void loop(DriveController controller, PrintWriter out) throws IOException {
        KeyReader keys = new KeyReader(terminal.reader(), ESCAPE_TIMEOUT_MILLIS);
        MoveThrottle throttle = new MoveThrottle(TimeUnit.MILLISECONDS.toNanos(MIN_SEND_INTERVAL_MILLIS));
        String shown = "";
        while (!interrupted && link.connected()) {
            DriveKey key = keys.read(TICK_MILLIS);
            if (key == DriveKey.QUIT) {
                return;
            }
            long now = System.nanoTime();
            Optional<TankCommand.Move> due = key == null
                    ? throttle.poll(now)
                    : throttle.offer(controller.press(key), now);
            if (due.isPresent() && !link.send(due.get())) {
                return;
            }
            String status = view.status(controller.movement(), controller.strength());
            if (!status.equals(shown)) {
                out.print('\r');
                out.print(status);
                out.flush();
                terminal.puts(InfoCmp.Capability.clr_eol);
                terminal.flush();
                shown = status;
            }
        }
    }
}
