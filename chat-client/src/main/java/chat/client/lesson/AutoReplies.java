package chat.client.lesson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Auto-replies: when someone else's message contains a trigger word (whole word, any case), the
 * sentence set for it is sent back, marked with {@link #MARKER}. Loops are impossible: our own
 * messages and marked messages are never answered, and each trigger fires at most once per
 * {@link #COOLDOWN}; one received message gets at most one reply.
 */
public final class AutoReplies {
    /** Starts every auto-reply; a message containing it is never answered. Visible, no control character. */
    public static final String MARKER = "↪ ";
    /** The shortest time between two replies to the same trigger. */
    public static final Duration COOLDOWN = Duration.ofSeconds(10);
    private static final String MARKER_CHAR = MARKER.strip();
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    private final Clock clock;
    private final Map<String, String> sentences = new LinkedHashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, Instant> lastFired = new HashMap<>();

    public AutoReplies(Map<String, String> initial, Clock clock) {
        this.clock = clock;
        initial.forEach((trigger, sentence) -> {
            if (KeyWords.isValid(trigger)) {
                put(trigger, sentence);
            }
        });
    }

    /** True for a message that is itself an auto-reply (ours or another client's). */
    public static boolean isAutoReply(String text) {
        return text != null && text.contains(MARKER_CHAR);
    }

    /** Sets the reply to {@code trigger}; returns the previous one, or null. */
    public synchronized String put(String trigger, String sentence) {
        String key = KeyWords.normalise(trigger);
        patterns.put(key, Pattern.compile("(?<!" + WORD_CHAR + ")" + Pattern.quote(key) + "(?!" + WORD_CHAR + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        return sentences.put(key, sentence);
    }

    /** Removes {@code trigger}; returns its reply, or null if there was none. */
    public synchronized String remove(String trigger) {
        String key = KeyWords.normalise(trigger);
        patterns.remove(key);
        lastFired.remove(key);
        return sentences.remove(key);
    }

    /** Trigger → sentence, in the order they were defined. */
    public synchronized Map<String, String> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
    }

    /**
     * The reply to send for a received message, marked, if one is due.
     *
     * @param text     the received text
     * @param fromSelf true when the message is ours (never answered)
     */
    public synchronized Optional<String> replyTo(String text, boolean fromSelf) {
        if (fromSelf || text == null || isAutoReply(text)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (Map.Entry<String, String> entry : sentences.entrySet()) {
            String trigger = entry.getKey();
            if (!patterns.get(trigger).matcher(text).find()) {
                continue;
            }
            Instant last = lastFired.get(trigger);
            if (last != null && now.isBefore(last.plus(COOLDOWN))) {
                continue;
            }
            lastFired.put(trigger, now);
            return Optional.of(MARKER + entry.getValue());
        }
        return Optional.empty();
    }
}
