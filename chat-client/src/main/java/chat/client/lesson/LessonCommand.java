package chat.client.lesson;

/** A classroom-feature command typed at the prompt: {@code /macro}, {@code /auto}, {@code /random}, {@code /format}, {@code /counter}. */
public sealed interface LessonCommand {

    /** Which table a definition command works on. */
    enum Table { MACRO, AUTO }

    /** {@code /macro add KEY SENTENCE} or {@code /auto add WORD SENTENCE}. */
    record Define(Table table, String key, String sentence) implements LessonCommand {
    }

    /** {@code /macro remove KEY} or {@code /auto remove WORD}. */
    record Remove(Table table, String key) implements LessonCommand {
    }

    /** {@code /macro list} or {@code /auto list} (also the bare command). */
    record Show(Table table) implements LessonCommand {
    }

    /** {@code /random [N]}: send N different random messages. */
    record Random(int count) implements LessonCommand {
    }

    /** {@code /format [PRESET|TEMPLATE]}: show the format (value null) or set it. */
    record Format(String value) implements LessonCommand {
    }

    /** {@code /counter [on|off]}: switch the message counter (value null toggles). */
    record Counter(Boolean on) implements LessonCommand {
    }

    /** The command was used wrongly: show the usage text under {@code usageKey}. */
    record Usage(String usageKey) implements LessonCommand {
    }
}
