package chat.image.render;

import java.util.Locale;
import java.util.Map;

/** The colours a terminal can show: 24-bit truecolour or the xterm 256-colour palette. */
public enum ColorDepth {
    TRUECOLOR, XTERM_256;

    /** Truecolour when {@code COLORTERM} is {@code truecolor} or {@code 24bit}, else 256 colours. */
    public static ColorDepth fromEnvironment(Map<String, String> env) {
        String colorTerm = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        return colorTerm.equals("truecolor") || colorTerm.equals("24bit") ? TRUECOLOR : XTERM_256;
    }
}
