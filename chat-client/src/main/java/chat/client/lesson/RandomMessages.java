package chat.client.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Random messages: the word {@code aléatoire} (or {@code aleatoire}, any case, alone on the line,
 * optionally followed by a count) or {@code /random [N]} sends N different messages picked from a
 * list: the user's own list from the settings, or the built-in one of the interface's language.
 */
public final class RandomMessages {
    /** The words that ask for random messages when typed alone on a line. */
    public static final List<String> TRIGGERS = List.of("aléatoire", "aleatoire");
    private static final String BUILT_IN_KEY = "random.builtin";
    private static final String BUILT_IN_SEPARATOR = "\\|";

    private final Random random;
    private volatile List<String> messages;

    /** @param custom the user's list; empty for the built-in one */
    public RandomMessages(List<String> custom, Random random) {
        this.random = random;
        replace(custom);
    }

    /** The built-in list in the interface's language. */
    public static List<String> builtIn() {
        List<String> out = new ArrayList<>();
        for (String message : LessonText.get(BUILT_IN_KEY).split(BUILT_IN_SEPARATOR)) {
            if (!message.isBlank()) {
                out.add(message.strip());
            }
        }
        return out;
    }

    /** Uses {@code custom} from now on (duplicates and blanks dropped), or the built-in list if it is empty. */
    public void replace(List<String> custom) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String message : custom) {
            if (message != null && !message.isBlank()) {
                distinct.add(message);
            }
        }
        messages = distinct.isEmpty() ? List.copyOf(new LinkedHashSet<>(builtIn())) : List.copyOf(distinct);
    }

    public List<String> messages() {
        return messages;
    }

    /**
     * If {@code typedLine} asks for random messages, how many: {@code aléatoire} → 1,
     * {@code aléatoire 3} → 3; empty for any other line.
     */
    public static OptionalInt requested(String typedLine) {
        if (typedLine == null) {
            return OptionalInt.empty();
        }
        String[] words = typedLine.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words.length > 2 || !TRIGGERS.contains(words[0])) {
            return OptionalInt.empty();
        }
        if (words.length == 1) {
            return OptionalInt.of(1);
        }
        try {
            return OptionalInt.of(Integer.parseInt(words[1]));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** {@code count} different messages in random order; the count is bounded to 1..the list's size. */
    public List<String> pick(int count) {
        List<String> pool = new ArrayList<>(messages);
        int bounded = Math.max(1, Math.min(count, pool.size()));
        Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, bounded));
    }
}
