package chat.client.lesson;

import chat.client.Messages;
import chat.core.text.TerminalText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lays out message lines with a {@link DisplayFormat}, numbering them when the counter is on.
 * Every piece from the network (and the template itself) is sanitised with {@link TerminalText};
 * a multi-line text gives one line per text line, each with the same prefix and number.
 * Safe to call from the console and link threads at once.
 */
public final class MessageFormatter {
    /** What the lesson's program prints before our lines and before theirs. */
    public static final String LESSON_OWN = "moi";
    public static final String LESSON_OTHERS = "eux";
    private static final int[] NICK_COLOURS = {
        AttributedStyle.BLUE, AttributedStyle.MAGENTA, AttributedStyle.CYAN, AttributedStyle.YELLOW,
        AttributedStyle.GREEN};
    private static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle OWN = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle OTHERS = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle PRIVATE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();
    private volatile DisplayFormat format;
    private volatile boolean counting;
    private volatile boolean timestamps;

    public MessageFormatter(DisplayFormat format, boolean counting, boolean timestamps, Clock clock) {
        this.format = format;
        this.counting = counting;
        this.timestamps = timestamps;
        this.clock = clock;
    }

    public DisplayFormat format() {
        return format;
    }

    public void setFormat(DisplayFormat value) {
        format = value;
    }

    public boolean counting() {
        return counting;
    }

    public void setCounting(boolean value) {
        counting = value;
    }

    public void setTimestamps(boolean value) {
        timestamps = value;
    }

    /** The lines for one message; the counter moves on by one when it is on. */
    public List<AttributedString> lines(MessageView view) {
        long number = counting ? counter.incrementAndGet() : 0;
        DisplayFormat current = format;
        List<AttributedString> out = new ArrayList<>();
        for (String textLine : TerminalText.sanitizeLines(view.text())) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            for (DisplayFormat.Part part : current.parts()) {
                if (part.field() == null) {
                    line.append(TerminalText.sanitizeLine(part.literal()));
                } else {
                    field(line, part.field(), view, number, textLine);
                }
            }
            out.add(line.toAttributedString());
        }
        return out;
    }

    private void field(AttributedStringBuilder line, DisplayFormat.Field field, MessageView view, long number,
                       String textLine) {
        switch (field) {
            case TIME -> {
                if (timestamps) {
                    Instant at = Instant.ofEpochMilli(view.timeMillis());
                    line.styled(FAINT, TIME_FORMAT.format(at.atZone(clock.getZone()))).append(' ');
                }
            }
            case COUNTER -> {
                if (number > 0) {
                    line.styled(FAINT, "[" + number + "]").append(' ');
                }
            }
            case IP -> line.styled(FAINT, TerminalText.sanitizeLine(view.address()));
            case NICK -> line.styled(view.own() ? OWN : nickStyle(view.nick()), TerminalText.sanitizeLine(view.nick()));
            case YOU -> {
                if (view.own()) {
                    line.append(' ').styled(FAINT, Messages.get("render.you"));
                }
            }
            case WHO -> line.styled(view.own() ? OWN : OTHERS, view.own() ? LESSON_OWN : LESSON_OTHERS);
            case PRIVATE -> {
                if (view.isPrivate()) {
                    line.append(' ').styled(PRIVATE, Messages.get("render.private"));
                }
            }
            case TEXT -> line.styled(view.isPrivate() ? PRIVATE : AttributedStyle.DEFAULT, textLine);
        }
    }

    private static AttributedStyle nickStyle(String nick) {
        int hash = nick == null ? 0 : nick.toLowerCase(Locale.ROOT).hashCode();
        return AttributedStyle.BOLD.foreground(NICK_COLOURS[Math.floorMod(hash, NICK_COLOURS.length)]);
    }
}
