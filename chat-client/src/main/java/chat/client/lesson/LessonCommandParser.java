package chat.client.lesson;

import java.util.List;
import java.util.Locale;

/**
 * Reads the arguments of the classroom-feature commands. A sentence may be quoted with
 * {@code "..."}, {@code «...»} or {@code “...”}, or given bare as the rest of the line.
 */
public final class LessonCommandParser {
    public static final String MACRO = "macro";
    public static final String AUTO = "auto";
    public static final String RANDOM = "random";
    public static final String FORMAT = "format";
    public static final String COUNTER = "counter";
    private static final List<String> ADD = List.of("add", "set", "ajouter", "ajoute");
    private static final List<String> REMOVE = List.of("remove", "rm", "del", "delete", "supprimer", "enlever");
    private static final List<String> LIST = List.of("list", "ls", "liste");
    private static final List<String> ON = List.of("on", "yes", "oui", "1", "true");
    private static final List<String> OFF = List.of("off", "no", "non", "0", "false");
    private static final String[][] QUOTES = {{"\"", "\""}, {"«", "»"}, {"“", "”"}, {"'", "'"}};

    private LessonCommandParser() {
    }

    /** The usage key of {@code command} (e.g. {@code usage.macro}). */
    public static String usageKey(String command) {
        return "usage." + command;
    }

    /**
     * @param command one of {@link #MACRO}, {@link #AUTO}, {@link #RANDOM}, {@link #FORMAT}, {@link #COUNTER}
     * @param args    what follows the command word
     */
    public static LessonCommand parse(String command, String args) {
        String rest = args == null ? "" : args.strip();
        return switch (command) {
            case MACRO -> table(LessonCommand.Table.MACRO, MACRO, rest);
            case AUTO -> table(LessonCommand.Table.AUTO, AUTO, rest);
            case RANDOM -> random(rest);
            case FORMAT -> new LessonCommand.Format(rest.isEmpty() ? null : rest);
            case COUNTER -> counter(rest);
            default -> throw new IllegalArgumentException("not a classroom command: " + command);
        };
    }

    private static LessonCommand table(LessonCommand.Table table, String command, String rest) {
        String verb = firstWord(rest);
        String afterVerb = rest.substring(verb.length()).strip();
        String lowerVerb = verb.toLowerCase(Locale.ROOT);
        if (verb.isEmpty() || LIST.contains(lowerVerb)) {
            return afterVerb.isEmpty() ? new LessonCommand.Show(table) : usage(command);
        }
        String key = firstWord(afterVerb);
        String sentence = unquote(afterVerb.substring(key.length()).strip());
        if (ADD.contains(lowerVerb) && !key.isEmpty() && !sentence.isEmpty()) {
            return new LessonCommand.Define(table, key, sentence);
        }
        if (REMOVE.contains(lowerVerb) && !key.isEmpty() && sentence.isEmpty()) {
            return new LessonCommand.Remove(table, key);
        }
        return usage(command);
    }

    private static LessonCommand random(String rest) {
        if (rest.isEmpty()) {
            return new LessonCommand.Random(1);
        }
        try {
            int count = Integer.parseInt(rest);
            return count >= 1 ? new LessonCommand.Random(count) : usage(RANDOM);
        } catch (NumberFormatException e) {
            return usage(RANDOM);
        }
    }

    private static LessonCommand counter(String rest) {
        String value = rest.toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return new LessonCommand.Counter(null);
        }
        if (ON.contains(value)) {
            return new LessonCommand.Counter(Boolean.TRUE);
        }
        if (OFF.contains(value)) {
            return new LessonCommand.Counter(Boolean.FALSE);
        }
        return usage(COUNTER);
    }

    private static LessonCommand usage(String command) {
        return new LessonCommand.Usage(usageKey(command));
    }

    /** {@code text} without one pair of surrounding quotes. */
    static String unquote(String text) {
        for (String[] pair : QUOTES) {
            if (text.length() >= pair[0].length() + pair[1].length() && text.startsWith(pair[0])
                    && text.endsWith(pair[1])) {
                return text.substring(pair[0].length(), text.length() - pair[1].length()).strip();
            }
        }
        return text;
    }

    private static String firstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
