package chat.client.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Opens a file in the desktop's picture viewer ({@code xdg-open}) when there is a display. */
public final class DesktopViewer {
    private final Map<String, String> env;

    public DesktopViewer(Map<String, String> env) {
        this.env = env;
    }

    public static DesktopViewer forThisSession() {
        return new DesktopViewer(System.getenv());
    }

    public boolean hasDisplay() {
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    /** True when the viewer was started; false when there is no display or no {@code xdg-open}. */
    public boolean open(Path file) {
        if (!hasDisplay()) {
            return false;
        }
        try {
            new ProcessBuilder("xdg-open", file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
