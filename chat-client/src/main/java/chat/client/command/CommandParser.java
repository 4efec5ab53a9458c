package chat.client.command;

/**
 * Turns a typed line into a {@link Command}. A line starting with {@code /} is a command;
 * {@code //} at the start says a line beginning with one slash; anything else is said to the room.
 */
public final class CommandParser {
    private static final String PREFIX = "/";
    private static final String ESCAPED_PREFIX = "//";

    private CommandParser() {
    }

    public static Command parse(String line) {
        if (line == null || line.isBlank()) {
            return new Command.Empty();
        }
        if (line.startsWith(ESCAPED_PREFIX)) {
            return new Command.Say(line.substring(1));
        }
        if (!line.startsWith(PREFIX)) {
            return new Command.Say(line);
        }
        String rest = line.substring(PREFIX.length()).strip();
        String word = firstWord(rest);
        String args = rest.substring(word.length()).strip();
        CommandName name = CommandName.lookup(word);
        if (name == null) {
            return new Command.Unknown(word.isEmpty() ? PREFIX : PREFIX + word);
        }
        return switch (name) {
            case HELP -> new Command.Help();
            case WHO -> new Command.Who();
            case QUIT -> new Command.Quit();
            case NICK -> args.isEmpty() || args.indexOf(' ') >= 0 ? new Command.Usage(name) : new Command.Nick(args);
            case MSG -> msg(name, args);
            case IMAGE -> args.isEmpty() ? new Command.Usage(name) : new Command.Image(args);
            case IMAGES -> new Command.Images();
            case SHOW -> number(name, args, Command.Show::new);
            case OPEN -> number(name, args, Command.Open::new);
            case TANK -> new Command.Tank(args);
            case MACRO, AUTO, RANDOM, FORMAT, COUNTER -> new Command.Lesson(name, args);
        };
    }

    private static Command number(CommandName name, String args, java.util.function.IntFunction<Command> make) {
        try {
            int n = Integer.parseInt(args);
            return n >= 1 ? make.apply(n) : new Command.Usage(name);
        } catch (NumberFormatException e) {
            return new Command.Usage(name);
        }
    }

    private static Command msg(CommandName name, String args) {
        String nick = firstWord(args);
        String text = args.substring(nick.length()).strip();
        if (nick.isEmpty() || text.isEmpty()) {
            return new Command.Usage(name);
        }
        return new Command.Msg(nick, text);
    }

    /** The characters before the first whitespace. */
    private static String firstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
