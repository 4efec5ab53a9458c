package chat.client.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a message line is laid out: a template of literal text and fields in braces, or one of the
 * presets. Fields: {@code {time}} and {@code {n}} (the time stamp and the counter, each followed
 * by a space, and empty when switched off), {@code {ip}}, {@code {nick}}, {@code {you}} (" (you)"
 * on our own lines), {@code {who}} ({@code moi} for ours, {@code eux} for theirs, as the two-Pi
 * lesson prints), {@code {private}} (" (private)" on whispers) and {@code {text}} (required).
 */
public final class DisplayFormat {
    public static final String DEFAULT = "default";
    public static final String LESSON = "lesson";
    public static final String COMPACT = "compact";
    private static final Map<String, String> PRESETS = Map.of(
            DEFAULT, "{time}{n}{ip} {nick}{you}{private}: {text}",
            LESSON, "{time}{n}{who}{private}: {text}",
            COMPACT, "{time}{n}{nick}{you}{private}: {text}");

    /** The fields a template may use. */
    public enum Field {
        TIME("time"), COUNTER("n"), IP("ip"), NICK("nick"), YOU("you"), WHO("who"), PRIVATE("private"), TEXT("text");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Field byKey(String key) {
            for (Field field : values()) {
                if (field.key.equals(key)) {
                    return field;
                }
            }
            return null;
        }
    }

    /** One piece of a template: literal text, or a field (then {@code literal} is null). */
    public record Part(String literal, Field field) {
    }

    private final String name;
    private final List<Part> parts;

    private DisplayFormat(String name, List<Part> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    /** The {@code default} preset: {@code IP nick: text}. */
    public static DisplayFormat standard() {
        return parse(DEFAULT);
    }

    /** The names of the presets. */
    public static List<String> presets() {
        return List.of(DEFAULT, LESSON, COMPACT);
    }

    /**
     * A preset by name (any case), or a template (anything containing a brace).
     *
     * @throws InvalidFormatException for an unknown preset, an unknown field or a template without {@code {text}}
     */
    public static DisplayFormat parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFormatException(LessonText.get("format.empty"));
        }
        String preset = PRESETS.get(value.strip().toLowerCase(Locale.ROOT));
        if (preset != null) {
            return new DisplayFormat(value.strip().toLowerCase(Locale.ROOT), split(preset));
        }
        if (value.indexOf('{') < 0) {
            throw new InvalidFormatException(LessonText.get("format.unknown.preset", value,
                    String.join(", ", presets())));
        }
        List<Part> parts = split(value);
        if (parts.stream().noneMatch(part -> part.field() == Field.TEXT)) {
            throw new InvalidFormatException(LessonText.get("format.no.text"));
        }
        return new DisplayFormat(value, parts);
    }

    /** The preset name, or the template as given. */
    public String name() {
        return name;
    }

    public List<Part> parts() {
        return parts;
    }

    private static List<Part> split(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                literal.append(c);
                i++;
                continue;
            }
            String key = template.substring(i + 1, close);
            Field field = Field.byKey(key);
            if (field == null) {
                throw new InvalidFormatException(LessonText.get("format.unknown.field", "{" + key + "}",
                        fieldList()));
            }
            if (literal.length() > 0) {
                parts.add(new Part(literal.toString(), null));
                literal.setLength(0);
            }
            parts.add(new Part(null, field));
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null));
        }
        return parts;
    }

    private static String fieldList() {
        List<String> keys = new ArrayList<>();
        for (Field field : Field.values()) {
            keys.add("{" + field.key() + "}");
        }
        return String.join(" ", keys);
    }

    @Override
    public String toString() {
        return name;
    }
}
