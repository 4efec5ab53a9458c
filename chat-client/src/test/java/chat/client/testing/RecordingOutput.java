package chat.client.testing;

import chat.client.console.ConsoleOutput;
import org.jline.utils.AttributedString;

/** A console that only records what it is asked to print, one line per print, for session tests without a terminal. */
public final class RecordingOutput implements ConsoleOutput {
    private final StringBuffer screen;

    public RecordingOutput(StringBuffer screen) {
        this.screen = screen;
    }

    @Override
    public void print(AttributedString line) {
        screen.append(line.toString()).append('\n');
    }

    @Override
    public void printRaw(String trustedText) {
        screen.append(trustedText);
    }

    @Override
    public void nickChanged(String nick) {
        // there is no prompt to update
    }
}
