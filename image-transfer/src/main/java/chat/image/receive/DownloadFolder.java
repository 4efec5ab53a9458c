package chat.image.receive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds where received images are saved by default: the user's pictures folder ({@code $XDG_PICTURES_DIR}, else
 * the one named in {@code ~/.config/user-dirs.dirs}, which is localised, e.g. {@code ~/Images}; else
 * {@code ~/Pictures}), {@code chat} subfolder.
 */
public final class DownloadFolder {
    /** The subfolder of the pictures folder that received images go to. */
    public static final String SUBFOLDER = "chat";
    private static final String PICTURES_VARIABLE = "XDG_PICTURES_DIR";
    private static final String HOME_VARIABLE = "$HOME";

    private DownloadFolder() {
    }

    /** The default download folder for this user (not created). */
    public static Path defaultFolder() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The default download folder for the environment {@code env} and home folder {@code home}. */
    public static Path resolve(Map<String, String> env, Path home) {
        return picturesFolder(env, home).resolve(SUBFOLDER);
    }

    static Path picturesFolder(Map<String, String> env, Path home) {
        String fromEnv = env.get(PICTURES_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return expandHome(fromEnv, home);
        }
        String configHome = env.get("XDG_CONFIG_HOME");
        Path config = configHome == null || configHome.isBlank() ? home.resolve(".config") : Path.of(configHome);
        String fromUserDirs = readUserDirs(config.resolve("user-dirs.dirs"));
        if (fromUserDirs != null) {
            Path folder = expandHome(fromUserDirs, home);
            if (!folder.equals(home)) {
                return folder;
            }
        }
        return home.resolve("Pictures");
    }

    private static String readUserDirs(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith(PICTURES_VARIABLE + "=")) {
                String value = trimmed.substring(PICTURES_VARIABLE.length() + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    private static Path expandHome(String value, Path home) {
        if (value.equals(HOME_VARIABLE) || value.equals("~")) {
            return home;
        }
        if (value.startsWith(HOME_VARIABLE + "/")) {
            return home.resolve(value.substring(HOME_VARIABLE.length() + 1));
        }
        if (value.startsWith("~/")) {
            return home.resolve(value.substring(2));
        }
        return Path.of(value);
    }
}
