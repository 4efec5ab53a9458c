package chat.client.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the typed-line history is kept: {@code $XDG_DATA_HOME/chat/history}, else
 * {@code ~/.local/share/chat/history}. The folder is created; where it cannot be written
 * there is no history file and the console goes on without one.
 */
public final class HistoryLocation {
    private static final String APP_DIR = "chat";
    private static final String FILE = "history";

    private HistoryLocation() {
    }

    /** The usable history file for this environment and home folder, if any. */
    public static Optional<Path> resolve(Map<String, String> env, String userHome) {
        try {
            String xdg = env.get("XDG_DATA_HOME");
            Path base;
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                base = Path.of(xdg);
            } else if (userHome != null && !userHome.isBlank()) {
                base = Path.of(userHome, ".local", "share");
            } else {
                return Optional.empty();
            }
            return usable(base.resolve(APP_DIR).resolve(FILE));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The history file of this process's environment, if usable. */
    public static Optional<Path> forThisUser() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** {@code file} if its folder exists or can be made, and the file can be written there. */
    static Optional<Path> usable(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) ? Files.isWritable(file) : Files.isWritable(file.getParent())) {
                return Optional.of(file);
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
