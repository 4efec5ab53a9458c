package chat.client.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Macros: a line typed as exactly one key word (any case, surrounding spaces ignored) is sent as
 * the sentence defined for it. Only the whole line counts: a key word inside a sentence is left
 * alone, so ordinary messages never change by surprise.
 */
public final class Macros {
    private final Map<String, String> sentences = new LinkedHashMap<>();

    public Macros(Map<String, String> initial) {
        initial.forEach((key, sentence) -> {
            if (KeyWords.isValid(key)) {
                sentences.put(KeyWords.normalise(key), sentence);
            }
        });
    }

    /** Defines or replaces {@code key}; returns the previous sentence, or null. */
    public synchronized String put(String key, String sentence) {
        return sentences.put(KeyWords.normalise(key), sentence);
    }

    /** Removes {@code key}; returns its sentence, or null if there was none. */
    public synchronized String remove(String key) {
        return sentences.remove(KeyWords.normalise(key));
    }

    /** Key word → sentence, in the order they were defined. */
    public synchronized Map<String, String> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
    }

    /** The sentence to send instead of {@code typedLine}, if the line is a key word. */
    public synchronized Optional<String> expand(String typedLine) {
        if (typedLine == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(sentences.get(KeyWords.normalise(typedLine)));
    }
}
