package chat.image.send;

import java.nio.file.Path;

/** Turns what a user typed after {@code /image} into a path: {@code ~} and {@code ~/...} mean the home folder. */
public final class ImagePaths {
    private static final String HOME = "~";

    private ImagePaths() {
    }

    /** The typed path with a leading {@code ~} expanded to {@code home}; surrounding quotes are removed. */
    public static Path expand(String typed, Path home) {
        String text = unquote(typed.strip());
        if (text.equals(HOME)) {
            return home;
        }
        if (text.startsWith(HOME + "/")) {
            return home.resolve(text.substring(2));
        }
        return Path.of(text);
    }

    /** The typed path with a leading {@code ~} expanded to the user's home folder. */
    public static Path expand(String typed) {
        return expand(typed, Path.of(System.getProperty("user.home")));
    }

    /** The path with a leading {@code ~} component expanded to the user's home folder. */
    public static Path expand(Path path) {
        return path.isAbsolute() || path.getNameCount() == 0 || !path.getName(0).toString().equals(HOME)
                ? path : expand(path.toString());
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
