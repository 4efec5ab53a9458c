package chat.client.command;

import java.util.List;
import java.util.Locale;

/**
 * The slash commands the console knows: their names, aliases and the keys of their help text.
 * Completion and {@code /help} are generated from this list; a new command is a constant here,
 * a record in {@link Command} and a case in {@link CommandParser}.
 */
public enum CommandName {
    HELP("help", List.of("?")),
    NICK("nick", List.of()),
    WHO("who", List.of("names")),
    MSG("msg", List.of("w", "whisper")),
    IMAGE("image", List.of("img")),
    IMAGES("images", List.of()),
    SHOW("show", List.of()),
    OPEN("open", List.of()),
    TANK("tank", List.of()),
    MACRO("macro", List.of()),
    AUTO("auto", List.of()),
    RANDOM("random", List.of("aleatoire", "aléatoire")),
    FORMAT("format", List.of()),
    COUNTER("counter", List.of()),
    QUIT("quit", List.of("exit", "bye"));

    private final String name;
    private final List<String> aliases;

    CommandName(String name, List<String> aliases) {
        this.name = name;
        this.aliases = aliases;
    }

    /** The main name, without the slash. */
    public String primary() {
        return name;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The resource-bundle key of the one-line usage, e.g. {@code help.nick}. */
    public String helpKey() {
        return "help." + name;
    }

    /** The command named {@code word} (without the slash, any case), or {@code null}. */
    public static CommandName lookup(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (CommandName command : values()) {
            if (command.name.equals(lower) || command.aliases.contains(lower)) {
                return command;
            }
        }
        return null;
    }
}
