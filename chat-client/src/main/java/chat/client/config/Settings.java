package chat.client.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's persistent settings, as stored in {@code config.json}. Every field may be missing
 * from the file: {@code null} means "not set" (the command line or the built-in default decides),
 * and absent maps and lists are empty. Instances are immutable; the {@code with...} methods copy.
 *
 * @param nick           the nick to ask for
 * @param server         the room to join, {@code HOST[:PORT]}
 * @param format         the display format: a preset name ({@code default}, {@code lesson}, {@code compact}) or a template
 * @param counter        whether each message line gets a counter
 * @param timestamps     whether lines get a time stamp
 * @param macros         key word → sentence sent instead of it
 * @param autoReplies    trigger word → sentence sent back when someone else's message contains the word
 * @param randomMessages the messages {@code aléatoire} picks from; empty means the built-in list
 * @param downloadFolder where received images are saved
 * @param language       {@code fr} or {@code en}
 * @param tankName       the name the tank keep-alive uses
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"nick", "server", "format", "counter", "timestamps", "macros", "autoReplies", "randomMessages",
    "downloadFolder", "language", "tankName"})
public record Settings(String nick, String server, String format, Boolean counter, Boolean timestamps,
                       Map<String, String> macros, Map<String, String> autoReplies, List<String> randomMessages,
                       String downloadFolder, String language, String tankName) {

    public Settings {
        macros = frozen(macros);
        autoReplies = frozen(autoReplies);
        randomMessages = randomMessages == null ? List.of() : List.copyOf(randomMessages);
    }

    /** Nothing set: every default applies. */
    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the counter is on (off unless set). */
    public boolean counterOn() {
        return Boolean.TRUE.equals(counter);
    }

    /** Whether time stamps are on (off unless set). */
    public boolean timestampsOn() {
        return Boolean.TRUE.equals(timestamps);
    }

    public Settings withNick(String value) {
        return new Settings(value, server, format, counter, timestamps, macros, autoReplies, randomMessages,
                downloadFolder, language, tankName);
    }

    public Settings withServer(String value) {
        return new Settings(nick, value, format, counter, timestamps, macros, autoReplies, randomMessages,
                downloadFolder, language, tankName);
    }

    public Settings withFormat(String value) {
        return new Settings(nick, server, value, counter, timestamps, macros, autoReplies, randomMessages,
                downloadFolder, language, tankName);
    }

    public Settings withCounter(Boolean value) {
        return new Settings(nick, server, format, value, timestamps, macros, autoReplies, randomMessages,
                downloadFolder, language, tankName);
    }

    public Settings withTimestamps(Boolean value) {
        return new Settings(nick, server, format, counter, value, macros, autoReplies, randomMessages,
                downloadFolder, language, tankName);
    }

    public Settings withMacros(Map<String, String> value) {
        return new Settings(nick, server, format, counter, timestamps, value, autoReplies, randomMessages,
                downloadFolder, language, tankName);
    }

    public Settings withAutoReplies(Map<String, String> value) {
        return new Settings(nick, server, format, counter, timestamps, macros, value, randomMessages,
                downloadFolder, language, tankName);
    }

    public Settings withRandomMessages(List<String> value) {
        return new Settings(nick, server, format, counter, timestamps, macros, autoReplies, value,
                downloadFolder, language, tankName);
    }

    public Settings withDownloadFolder(String value) {
        return new Settings(nick, server, format, counter, timestamps, macros, autoReplies, randomMessages,
                value, language, tankName);
    }

    public Settings withLanguage(String value) {
        return new Settings(nick, server, format, counter, timestamps, macros, autoReplies, randomMessages,
                downloadFolder, value, tankName);
    }

    public Settings withTankName(String value) {
        return new Settings(nick, server, format, counter, timestamps, macros, autoReplies, randomMessages,
                downloadFolder, language, value);
    }

    private static Map<String, String> frozen(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
