package chat.client.lesson;

import chat.client.config.Settings;
import chat.client.config.SettingsStore;
import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.protocol.InvalidTextException;
import chat.core.protocol.ProtocolLimits;
import chat.core.text.TerminalText;
import chat.core.text.TextRules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The lesson's extensions in one place: macros, random messages, auto-replies, the display
 * format and the counter, backed by the settings file. Every change made by a command is saved
 * at once (unless a broken settings file is kept, see {@link SettingsStore}). Knows nothing of
 * the terminal or the link: it answers with {@link Outcome}s the session shows and sends.
 */
public final class LessonFeatures {
    private final SettingsStore store;
    private final MessageFormatter formatter;
    private final Macros macros;
    private final AutoReplies autoReplies;
    private final RandomMessages randomMessages;
    private Settings settings;

    /**
     * @param settings  the settings loaded at start
     * @param store     where changes are saved, or null to keep them for this session only
     * @param formatter the formatter whose format and counter the commands change
     * @param random    picks random messages
     * @param clock     times the auto-replies' cool-down
     */
    public LessonFeatures(Settings settings, SettingsStore store, MessageFormatter formatter, Random random,
                          Clock clock) {
        this.settings = settings;
        this.store = store;
        this.formatter = formatter;
        this.macros = new Macros(settings.macros());
        this.autoReplies = new AutoReplies(settings.autoReplies(), clock);
        this.randomMessages = new RandomMessages(settings.randomMessages(), random);
    }

    /** Defaults for one session, nothing saved: the built-in random list, no macros or auto-replies. */
    public static LessonFeatures forSession(DisplayFormat format, boolean counter, boolean timestamps) {
        Clock clock = Clock.systemDefaultZone();
        return new LessonFeatures(Settings.defaults(), null, new MessageFormatter(format, counter, timestamps, clock),
                new Random(), clock);
    }

    public MessageFormatter formatter() {
        return formatter;
    }

    public synchronized Settings settings() {
        return settings;
    }

    public Macros macros() {
        return macros;
    }

    public AutoReplies autoReplies() {
        return autoReplies;
    }

    public RandomMessages randomMessages() {
        return randomMessages;
    }

    /**
     * The texts to say for a line typed for the room: a macro's sentence, random messages for
     * {@code aléatoire}, or the line itself.
     */
    public List<String> expand(String typedLine) {
        Optional<String> sentence = macros.expand(typedLine);
        if (sentence.isPresent()) {
            return List.of(sentence.get());
        }
        OptionalInt random = RandomMessages.requested(typedLine);
        if (random.isPresent() && random.getAsInt() >= 1) {
            return randomMessages.pick(random.getAsInt());
        }
        return List.of(typedLine);
    }

    /** The auto-reply to send for a received message, if one is due ({@code self} may be null before WELCOME). */
    public Optional<String> autoReply(Frame.Message message, Member self) {
        boolean fromSelf = self != null && message.senderId() == self.id();
        return autoReplies.replyTo(message.text(), fromSelf);
    }

    /** Runs a classroom command. */
    public Outcome run(LessonCommand command) {
        Outcome.Builder out = new Outcome.Builder();
        if (command instanceof LessonCommand.Define define) {
            define(define, out);
        } else if (command instanceof LessonCommand.Remove remove) {
            remove(remove, out);
        } else if (command instanceof LessonCommand.Show show) {
            show(show.table(), out);
        } else if (command instanceof LessonCommand.Random random) {
            randomMessages.pick(random.count()).forEach(out::send);
        } else if (command instanceof LessonCommand.Format format) {
            format(format.value(), out);
        } else if (command instanceof LessonCommand.Counter counter) {
            boolean on = counter.on() == null ? !formatter.counting() : counter.on();
            formatter.setCounting(on);
            out.info(LessonText.get(on ? "counter.on" : "counter.off"));
            save(current -> current.withCounter(on), out);
        } else if (command instanceof LessonCommand.Usage usage) {
            out.problem(LessonText.get("usage", LessonText.get(usage.usageKey())));
        }
        return out.build();
    }

    private void define(LessonCommand.Define define, Outcome.Builder out) {
        String tableName = tableName(define.table());
        if (!KeyWords.isValid(define.key())) {
            out.problem(LessonText.get("key.invalid", TerminalText.sanitizeLine(define.key()), KeyWords.MAX_LENGTH));
            return;
        }
        try {
            TextRules.checkedBytes(define.sentence(), ProtocolLimits.DEFAULT_MAX_TEXT);
        } catch (InvalidTextException e) {
            out.problem(LessonText.get("sentence.invalid", e.getMessage()));
            return;
        }
        String key = KeyWords.normalise(define.key());
        if (define.table() == LessonCommand.Table.MACRO) {
            macros.put(key, define.sentence());
            save(current -> current.withMacros(macros.all()), out);
        } else {
            autoReplies.put(key, define.sentence());
            save(current -> current.withAutoReplies(autoReplies.all()), out);
        }
        out.info(LessonText.get(tableName + ".added", key, TerminalText.sanitizeLine(define.sentence())));
    }

    private void remove(LessonCommand.Remove remove, Outcome.Builder out) {
        String tableName = tableName(remove.table());
        String key = KeyWords.normalise(remove.key());
        String removed = remove.table() == LessonCommand.Table.MACRO ? macros.remove(key) : autoReplies.remove(key);
        if (removed == null) {
            out.problem(LessonText.get(tableName + ".unknown", TerminalText.sanitizeLine(key)));
            return;
        }
        if (remove.table() == LessonCommand.Table.MACRO) {
            save(current -> current.withMacros(macros.all()), out);
        } else {
            save(current -> current.withAutoReplies(autoReplies.all()), out);
        }
        out.info(LessonText.get(tableName + ".removed", TerminalText.sanitizeLine(key)));
    }

    private void show(LessonCommand.Table table, Outcome.Builder out) {
        String tableName = tableName(table);
        Map<String, String> entries = table == LessonCommand.Table.MACRO ? macros.all() : autoReplies.all();
        if (entries.isEmpty()) {
            out.info(LessonText.get(tableName + ".none"));
            return;
        }
        out.info(LessonText.get(tableName + ".heading", entries.size()));
        entries.forEach((key, sentence) -> out.info("  " + key + " → " + TerminalText.sanitizeLine(sentence)));
    }

    private void format(String value, Outcome.Builder out) {
        if (value == null) {
            out.info(LessonText.get("format.current", TerminalText.sanitizeLine(formatter.format().name()),
                    String.join(", ", DisplayFormat.presets())));
            return;
        }
        DisplayFormat format;
        try {
            format = DisplayFormat.parse(value);
        } catch (InvalidFormatException e) {
            out.problem(e.getMessage());
            return;
        }
        formatter.setFormat(format);
        out.info(LessonText.get("format.set", TerminalText.sanitizeLine(format.name())));
        save(current -> current.withFormat(format.name()), out);
    }

    /** Applies {@code change} to the settings and saves them, telling the user when that is not possible. */
    private void save(java.util.function.UnaryOperator<Settings> change, Outcome.Builder out) {
        Settings changed;
        synchronized (this) {
            settings = change.apply(settings);
            changed = settings;
        }
        if (store == null) {
            return;
        }
        SettingsStore.SaveResult result = store.save(changed);
        switch (result.status()) {
            case SAVED -> { }
            case REFUSED_BROKEN_FILE -> out.problem(LessonText.get("config.save.refused", store.file()));
            case FAILED -> out.problem(LessonText.get("config.save.failed", store.file(), result.problem()));
        }
    }

    private static String tableName(LessonCommand.Table table) {
        return table == LessonCommand.Table.MACRO ? "macro" : "auto";
    }

    /** The warnings about a loaded settings file: values that cannot be used and were ignored. */
    public static List<String> check(Settings settings) {
        List<String> warnings = new ArrayList<>();
        if (settings.format() != null) {
            try {
                DisplayFormat.parse(settings.format());
            } catch (InvalidFormatException e) {
                warnings.add(LessonText.get("config.ignored", "format", e.getMessage()));
            }
        }
        if (settings.language() != null && !chat.client.config.LanguageChoice.isSupported(settings.language())) {
            warnings.add(LessonText.get("config.ignored", "language", TerminalText.sanitizeLine(settings.language())));
        }
        settings.macros().keySet().stream().filter(key -> !KeyWords.isValid(key)).forEach(key ->
                warnings.add(LessonText.get("config.ignored", "macros", TerminalText.sanitizeLine(key))));
        settings.autoReplies().keySet().stream().filter(key -> !KeyWords.isValid(key)).forEach(key ->
                warnings.add(LessonText.get("config.ignored", "autoReplies", TerminalText.sanitizeLine(key))));
        return warnings;
    }
}
