package chat.client.command;

/** One line typed at the prompt, understood: a message for the room or a slash command. */
public sealed interface Command {

    /** Nothing to do (an empty or blank line). */
    record Empty() implements Command {
    }

    /** Text for the room. */
    record Say(String text) implements Command {
    }

    /** {@code /help}. */
    record Help() implements Command {
    }

    /** {@code /nick NAME}. */
    record Nick(String nick) implements Command {
    }

    /** {@code /who}. */
    record Who() implements Command {
    }

    /** {@code /msg NICK TEXT}: a whisper. */
    record Msg(String nick, String text) implements Command {
    }

    /** {@code /image PATH}: send a picture. */
    record Image(String path) implements Command {
    }

    /** {@code /images}: the pictures received so far. */
    record Images() implements Command {
    }

    /** {@code /show N}: draw received picture N again. */
    record Show(int number) implements Command {
    }

    /** {@code /open N}: open received picture N in the desktop's viewer. */
    record Open(int number) implements Command {
    }

    /** {@code /tank ...}: drive the Mini-Tank; the arguments go to the tank module as typed. */
    record Tank(String args) implements Command {
    }

    /** {@code /macro}, {@code /auto}, {@code /random}, {@code /format}, {@code /counter}: the arguments as typed. */
    record Lesson(CommandName name, String args) implements Command {
    }

    /** {@code /quit}. */
    record Quit() implements Command {
    }

    /** A known command used wrongly: tell the user how to use it. */
    record Usage(CommandName command) implements Command {
    }

    /** A slash word that names no command. */
    record Unknown(String word) implements Command {
    }
}
