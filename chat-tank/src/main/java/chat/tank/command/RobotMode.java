package chat.tank.command;

import java.util.Locale;
import java.util.Optional;

/** The robot's three driving modes: the word the user types and the command the robot expects. */
public enum RobotMode {
    MANUAL("manual", "manualMode"),
    FOLLOW_LINE("follow-line", "followLine"),
    AUTOPILOT("autopilot", "autoPilot");

    private final String userName;
    private final String commandName;

    RobotMode(String userName, String commandName) {
        this.userName = userName;
        this.commandName = commandName;
    }

    /** The word typed after {@code /tank mode}. */
    public String userName() {
        return userName;
    }

    /** The {@code cmd} value the robot expects. */
    public String commandName() {
        return commandName;
    }

    /** The mode for a typed word, case-insensitive. */
    public static Optional<RobotMode> fromUserName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (RobotMode mode : values()) {
            if (mode.userName.equals(lower)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
