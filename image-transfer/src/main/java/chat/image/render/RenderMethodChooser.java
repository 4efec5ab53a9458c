package chat.image.render;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.TerminalGraphics;
import org.jline.terminal.impl.TerminalGraphicsManager;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses how images are shown from the {@code --images} mode and what the terminal supports. A dumb terminal
 * always gets a one-line description. {@code auto} uses JLine's detection of kitty, iTerm2 and sixel support, except
 * inside tmux or screen (which do not pass graphics through by default), and falls back to half blocks.
 */
public final class RenderMethodChooser {

    private RenderMethodChooser() {
    }

    /** The method for {@code mode} on {@code terminal}, using JLine's graphics detection. */
    public static RenderMethod choose(ImageMode mode, Terminal terminal) {
        Optional<TerminalGraphics.Protocol> best;
        try {
            best = TerminalGraphicsManager.getBestProtocol(terminal).map(TerminalGraphics::getProtocol);
        } catch (RuntimeException | LinkageError e) {
            best = Optional.empty();
        }
        return choose(mode, terminal.getType(), System.getenv(), best);
    }

    /**
     * The method for {@code mode} on a terminal of type {@code terminalType} in environment {@code env}, where JLine
     * detected {@code best} as the best graphics protocol (empty: none).
     */
    public static RenderMethod choose(ImageMode mode, String terminalType, Map<String, String> env,
                                      Optional<TerminalGraphics.Protocol> best) {
        if (mode == ImageMode.OFF) {
            return RenderMethod.NONE;
        }
        if (isDumb(terminalType)) {
            return RenderMethod.DESCRIPTION;
        }
        return switch (mode) {
            case KITTY -> RenderMethod.KITTY;
            case ITERM -> RenderMethod.ITERM;
            case SIXEL -> RenderMethod.SIXEL;
            case BLOCKS -> RenderMethod.BLOCKS;
            case OFF -> RenderMethod.NONE;
            case AUTO -> isMultiplexed(terminalType, env) ? RenderMethod.BLOCKS : best.map(
                    RenderMethodChooser::fromProtocol).orElse(RenderMethod.BLOCKS);
        };
    }

    private static RenderMethod fromProtocol(TerminalGraphics.Protocol protocol) {
        return switch (protocol) {
            case KITTY -> RenderMethod.KITTY;
            case ITERM2 -> RenderMethod.ITERM;
            case SIXEL -> RenderMethod.SIXEL;
        };
    }

    static boolean isDumb(String terminalType) {
        return terminalType == null || terminalType.isBlank()
                || terminalType.toLowerCase(Locale.ROOT).startsWith(Terminal.TYPE_DUMB);
    }

    private static boolean isMultiplexed(String terminalType, Map<String, String> env) {
        String type = terminalType.toLowerCase(Locale.ROOT);
        return env.containsKey("TMUX") || env.containsKey("STY") || type.startsWith("tmux") || type.startsWith("screen");
    }
}
