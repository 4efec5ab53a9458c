package chat.tank;

/**
 * Where {@link TankCommands} reports to the user. Called from the console thread and from the robot link's
 * threads, so implementations must be thread-safe (printing through {@code LineReader.printAbove} is).
 */
public interface TankOutput {

    /** A notice for the user, already translated. */
    void info(String text);

    /** A refused command or a failure, already translated. */
    void error(String text);

    /**
     * The latest robot reading for a status line (for example the distance). Sent often (about twice a
     * second): show it in a status bar, or throttle it. An empty text clears the status.
     */
    void status(String text);
}
