package chat.tank.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one read of text the way the robot does: at every {@code }}, each piece keeping its brace. Whatever
 * follows the last brace is the remainder; the robot does not keep it for the next read.
 */
final class CommandCutter {

    /** The pieces of one read: complete candidates (each ending with a brace) and the trailing remainder. */
    record Cut(List<String> pieces, String remainder) {
    }

    private CommandCutter() {
    }

    static Cut cut(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int brace = text.indexOf('}', start);
        while (brace >= 0) {
            pieces.add(text.substring(start, brace + 1));
            start = brace + 1;
            brace = text.indexOf('}', start);
        }
        return new Cut(pieces, text.substring(start));
    }
}
