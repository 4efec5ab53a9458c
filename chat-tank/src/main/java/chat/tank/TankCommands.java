package chat.tank;

import chat.tank.command.InvalidCommandException;
import chat.tank.command.RobotMode;
import chat.tank.command.TankCommand;
import chat.tank.drive.DriveLink;
import chat.tank.drive.DriveSession;
import chat.tank.drive.DriveView;
import chat.tank.link.CloseCause;
import chat.tank.link.RobotReply;
import chat.tank.link.TankLink;
import chat.tank.link.TankLinkListener;
import chat.tank.link.TankStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jline.terminal.Terminal;

/**
 * The {@code /tank} console command: parses what follows {@code /tank }, validates it, drives the robot link
 * and reports through a {@link TankOutput}. Nothing is sent when an argument is missing or out of range.
 *
 * <pre>
 *   TankCommands tank = new TankCommands(TankSettings.defaults(), output);
 *   tank.execute("connect 127.0.0.1");   // also: buzz, move 0 60, stop, color 255 0 0, light off,
 *   tank.execute("move 90 40");          //       camera 90 90, mode follow-line, status, disconnect, help
 *   if (tank.isDriveRequest(args)) tank.drive(terminal); else tank.execute(args);
 *   tank.close();                        // says disconnect to the robot
 * </pre>
 */
public final class TankCommands implements AutoCloseable {
    private static final List<String> SUBCOMMANDS = List.of("connect", "buzz", "move", "stop", "color", "light",
            "camera", "mode", "status", "drive", "disconnect", "help");
    private static final String DRIVE = "drive";
    /** After this many unanswered keep-alives, status explains the keep-alive name. */
    private static final long UNANSWERED_KEEP_ALIVES_HINT = 3;

    private final TankSettings settings;
    private final TankOutput output;
    private final TankMessages messages;
    private final TankLink link;
    private final List<Runnable> deferredWhileDriving = new ArrayList<>();
    private volatile boolean driving;
    private volatile String lastStatus = "";

    /** Uses the default locale's messages. */
    public TankCommands(TankSettings settings, TankOutput output) {
        this(settings, output, Locale.getDefault());
    }

    public TankCommands(TankSettings settings, TankOutput output, Locale locale) {
        this.settings = settings;
        this.output = output;
        this.messages = new TankMessages(locale);
        this.link = new TankLink(settings, new LinkEvents());
    }

    /** The words that may follow {@code /tank}, for tab completion. */
    public List<String> subcommands() {
        return SUBCOMMANDS;
    }

    /** The words that may follow a subcommand ({@code mode} and {@code light}), for tab completion. */
    public List<String> argumentsOf(String subcommand) {
        return switch (subcommand.toLowerCase(Locale.ROOT)) {
            case "mode" -> Arrays.stream(RobotMode.values()).map(RobotMode::userName).toList();
            case "light" -> List.of("off");
            default -> List.of();
        };
    }

    /** True when {@code args} asks for driving mode, which needs {@link #drive(Terminal)} instead of execute. */
    public boolean isDriveRequest(String args) {
        String[] words = words(args);
        return words.length > 0 && words[0].equalsIgnoreCase(DRIVE);
    }

    /** True while a robot is connected. */
    public boolean isConnected() {
        return link.isConnected();
    }

    /** The link's state, for a status bar. */
    public TankStatus status() {
        return link.status();
    }

    /** Runs everything after {@code /tank }; reports through the output, never throws for bad input. */
    public void execute(String args) {
        String[] words = words(args);
        if (words.length == 0) {
            help();
            return;
        }
        String name = words[0].toLowerCase(Locale.ROOT);
        String[] rest = Arrays.copyOfRange(words, 1, words.length);
        try {
            switch (name) {
                case "connect" -> connect(rest);
                case "buzz" -> send(noArguments(rest, "usage.buzz", new TankCommand.Buzz()));
                case "move" -> send(move(rest));
                case "stop" -> send(noArguments(rest, "usage.stop", TankCommand.Move.STOP));
                case "color", "colour" -> send(color(rest));
                case "light" -> send(light(rest));
                case "camera" -> send(camera(rest));
                case "mode" -> send(mode(rest));
                case "status" -> output.info(statusText());
                case "disconnect" -> disconnect();
                case "help" -> help();
                case DRIVE -> output.error(messages.get("error.drive.terminal"));
                default -> output.error(messages.get("error.unknown", words[0]));
            }
        } catch (InvalidCommandException e) {
            output.error(messages.get(e.messageKey(), e.arguments()));
        }
    }

    /**
     * Driving mode on {@code terminal}: arrows or WASD steer, +/- change strength, space stops, Esc or q
     * leaves and stops the robot. Blocks until the user leaves; restores the terminal's attributes.
     */
    public void drive(Terminal terminal) {
        if (!link.isConnected()) {
            output.error(messages.get("error.not.connected"));
            return;
        }
        driving = true;
        try {
            new DriveSession(terminal, new DriveLinkAdapter(), new DriveTexts()).run();
        } catch (IOException e) {
            output.error(messages.get("error.drive.failed", e.getMessage()));
        } finally {
            driving = false;
            flushDeferred();
        }
        if (link.isConnected()) {
            output.info(messages.get("drive.left"));
        }
    }

    /** Says {@code disconnect} to the robot (if connected) and releases the link's threads. */
    @Override
    public void close() {
        link.close();
    }

    private void connect(String[] rest) {
        if (rest.length > 1) {
            throw new InvalidCommandException("usage.connect");
        }
        RobotAddress address = RobotAddress.parse(rest.length == 0 ? "" : rest[0], settings.host(), settings.port());
        output.info(messages.get("connect.trying", address.host(), address.port()));
        try {
            link.connect(address.host(), address.port());
            output.info(messages.get("connect.done", address.host(), address.port(), settings.keepAliveName(),
                    settings.heartbeatInterval().toMillis()));
        } catch (IOException e) {
            output.error(messages.get("connect.failed", address.host(), address.port(), String.valueOf(e.getMessage())));
        }
    }

    private void disconnect() {
        if (!link.isConnected()) {
            output.info(messages.get("error.not.connected"));
            return;
        }
        link.disconnect();
        clearStatus();
        output.info(messages.get("disconnect.done"));
    }

    private void send(TankCommand command) {
        if (!link.isConnected()) {
            output.error(messages.get("error.not.connected"));
            return;
        }
        try {
            link.send(command);
        } catch (IOException e) {
            output.error(messages.get("error.send", command.name(), String.valueOf(e.getMessage())));
        }
    }

    private static TankCommand noArguments(String[] rest, String usage, TankCommand command) {
        if (rest.length != 0) {
            throw new InvalidCommandException(usage);
        }
        return command;
    }

    private static TankCommand move(String[] rest) {
        if (rest.length != 2) {
            throw new InvalidCommandException("usage.move");
        }
        return new TankCommand.Move(integer("angle", rest[0]), integer("strength", rest[1]));
    }

    private static TankCommand color(String[] rest) {
        if (rest.length != 3) {
            throw new InvalidCommandException("usage.color");
        }
        return new TankCommand.Color(true, integer("red", rest[0]), integer("green", rest[1]),
                integer("blue", rest[2]));
    }

    private static TankCommand light(String[] rest) {
        if (rest.length != 1 || !rest[0].equalsIgnoreCase("off")) {
            throw new InvalidCommandException("usage.light");
        }
        return TankCommand.Color.OFF;
    }

    private static TankCommand camera(String[] rest) {
        if (rest.length != 2) {
            throw new InvalidCommandException("usage.camera");
        }
        return new TankCommand.Camera(integer("x", rest[0]), integer("y", rest[1]));
    }

    private static TankCommand mode(String[] rest) {
        if (rest.length != 1) {
            throw new InvalidCommandException("usage.mode");
        }
        RobotMode mode = RobotMode.fromUserName(rest[0])
                .orElseThrow(() -> new InvalidCommandException("error.mode", rest[0]));
        return new TankCommand.Mode(mode);
    }

    private static int integer(String field, String text) {
        if (!text.matches("[+-]?\\d{1,9}")) {
            throw new InvalidCommandException("error.number", field, text);
        }
        return Integer.parseInt(text);
    }

    private void help() {
        output.info(messages.get("help"));
    }

    private String statusText() {
        TankStatus status = link.status();
        if (!status.connected()) {
            return status.address().isEmpty()
                    ? messages.get("status.never")
                    : messages.get("status.disconnected", status.address());
        }
        String alive = status.lastAlive()
                .map(at -> messages.get("status.alive.ago", Duration.between(at, Instant.now()).toMillis()))
                .orElse(messages.get("status.alive.none"));
        String distance = status.lastDistance().isPresent()
                ? messages.get("status.distance", formatDistance(status.lastDistance().getAsDouble()))
                : messages.get("status.distance.none");
        String roundTrip = status.roundTrip()
                .map(rtt -> messages.get("status.rtt", formatMillis(rtt)))
                .orElse(messages.get("status.rtt.none"));
        String text = messages.get("status.connected", status.address(), alive, distance, roundTrip,
                status.keepAlivesSent(), settings.keepAliveName(), status.alivesReceived());
        if (status.alivesReceived() == 0 && status.keepAlivesSent() >= UNANSWERED_KEEP_ALIVES_HINT) {
            text = text + "\n" + messages.get("status.hint.keepalive", settings.keepAliveName(),
                    TankSettings.ROBOT_KEEP_ALIVE);
        }
        return text;
    }

    private static String formatDistance(double centimetres) {
        return String.format(Locale.ROOT, "%.1f", centimetres);
    }

    private static String formatMillis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toNanos() / 1_000_000.0);
    }

    private void clearStatus() {
        if (!lastStatus.isEmpty()) {
            lastStatus = "";
            output.status("");
        }
    }

    private static String[] words(String args) {
        String trimmed = args == null ? "" : args.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** Runs now, or after driving mode ends when the terminal is in raw mode. */
    private void report(Runnable message) {
        synchronized (deferredWhileDriving) {
            if (driving) {
                deferredWhileDriving.add(message);
                return;
            }
        }
        message.run();
    }

    private void flushDeferred() {
        List<Runnable> pending;
        synchronized (deferredWhileDriving) {
            pending = new ArrayList<>(deferredWhileDriving);
            deferredWhileDriving.clear();
        }
        pending.forEach(Runnable::run);
    }

    /** Turns robot replies and link ends into user messages. */
    private final class LinkEvents implements TankLinkListener {
        @Override
        public void onReply(RobotReply reply) {
            switch (reply.cmd()) {
                case RobotReply.CONNECTION -> report(() -> output.info(messages.get("robot.greeting")));
                case RobotReply.DISTANCE -> reply.distance().ifPresent(this::distance);
                case RobotReply.ALIVE, RobotReply.DISCONNECT -> {
                    // alive is shown by /tank status; disconnect arrives through onClosed
                }
                default -> report(() -> output.info(messages.get("robot.says", reply.body().toString())));
            }
        }

        private void distance(double centimetres) {
            String text = messages.get("status.line", formatDistance(centimetres));
            if (!driving && !text.equals(lastStatus)) {
                lastStatus = text;
                output.status(text);
            }
        }

        @Override
        public void onClosed(CloseCause cause, String detail) {
            String key = switch (cause) {
                case ROBOT_DISCONNECT -> "closed.robot";
                case END_OF_STREAM -> "closed.eof";
                case ERROR -> "closed.error";
            };
            report(() -> {
                clearStatus();
                output.error(messages.get(key, detail));
            });
        }
    }

    /** Driving mode's view of the link. */
    private final class DriveLinkAdapter implements DriveLink {
        @Override
        public boolean send(TankCommand.Move movement) {
            try {
                link.send(movement);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public boolean connected() {
            return link.isConnected();
        }
    }

    /** Driving mode's words, with the latest distance. */
    private final class DriveTexts implements DriveView {
        @Override
        public String legend() {
            return messages.get("drive.legend");
        }

        @Override
        public String status(TankCommand.Move movement, int strength) {
            String distance = link.status().lastDistance().isPresent()
                    ? formatDistance(link.status().lastDistance().getAsDouble())
                    : "-";
            return movement.stopped()
                    ? messages.get("drive.status.stopped", strength, distance)
                    : messages.get("drive.status.moving", movement.angle(), movement.strength(), distance);
        }
    }
}
