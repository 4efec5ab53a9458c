package chat.client.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the settings file lives: {@code $XDG_CONFIG_HOME/chat/config.json} when that variable
 * holds an absolute path, otherwise {@code ~/.config/chat/config.json}.
 */
public final class ConfigLocation {
    static final String XDG_CONFIG_HOME = "XDG_CONFIG_HOME";
    static final String APP_DIR = "chat";
    static final String FILE_NAME = "config.json";

    private ConfigLocation() {
    }

    /** The settings file of the user running this process. */
    public static Path forThisUser() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** The settings file given the environment and the home directory. */
    public static Path resolve(Map<String, String> env, String userHome) {
        String xdg = env.get(XDG_CONFIG_HOME);
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP_DIR, FILE_NAME);
        }
        return Path.of(userHome == null ? "." : userHome, ".config", APP_DIR, FILE_NAME);
    }
}
