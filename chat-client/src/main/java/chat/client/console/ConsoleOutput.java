package chat.client.console;

import org.jline.utils.AttributedString;

import java.util.List;

/** Where the session writes: the terminal, above the line being typed. Safe to call from any thread. */
public interface ConsoleOutput {

    /** Prints one line above the prompt. */
    void print(AttributedString line);

    /** Prints lines above the prompt, in order. */
    default void print(List<AttributedString> lines) {
        lines.forEach(this::print);
    }

    /**
     * Prints text of our own making as it is, escape sequences included (a picture drawn by the
     * image renderer). Never for anything that came from the network.
     */
    void printRaw(String trustedText);

    /** Our nick changed: the prompt shows the new one. */
    void nickChanged(String nick);

    /**
     * Holds everything printed from now on until {@link #release()}: while a command has the
     * terminal to itself (the tank's driving mode), nothing is drawn into it.
     */
    default void hold() {
    }

    /** Prints what was held, in order, and prints directly again. */
    default void release() {
    }
}
