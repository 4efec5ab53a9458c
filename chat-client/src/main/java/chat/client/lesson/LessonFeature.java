package chat.client.lesson;

import chat.client.command.Command;
import chat.client.console.ConsoleOutput;
import chat.client.console.MessageLayout;
import chat.client.console.Renderer;
import chat.client.session.ChatSession;
import chat.client.session.CommandHandler;
import chat.client.session.IncomingFrameHandler;
import chat.core.frame.Frame;
import chat.core.model.Member;
import org.jline.utils.AttributedString;

import java.time.Clock;
import java.util.List;

/**
 * The lesson's extensions hooked into a chat session: the display format and counter lay out
 * every message, typed lines go through macros and {@code aléatoire}, the commands
 * {@code /macro /auto /random /format /counter} run here, and received messages may get an
 * auto-reply (sent after the message is shown).
 */
public final class LessonFeature implements IncomingFrameHandler, CommandHandler, MessageLayout {
    private final ChatSession session;
    private final LessonFeatures features;
    private final Clock clock;

    public LessonFeature(ChatSession session, LessonFeatures features, Clock clock) {
        this.session = session;
        this.features = features;
        this.clock = clock;
    }

    /** Hooks the feature into the session: layout, typed-line expansion, commands and incoming messages. */
    public LessonFeature install() {
        session.renderer().setLayout(this);
        session.setTextExpander(features::expand);
        session.addCommandHandler(this);
        session.addFrameHandler(this);
        return this;
    }

    public LessonFeatures features() {
        return features;
    }

    // ---- commands (console thread) ----

    @Override
    public boolean handle(Command command) {
        if (!(command instanceof Command.Lesson lesson)) {
            return false;
        }
        Outcome outcome = features.run(LessonCommandParser.parse(lesson.name().primary(), lesson.args()));
        show(outcome, session.output(), session.renderer());
        outcome.toSend().forEach(session::say);
        return true;
    }

    /** Prints an outcome's information and problems. */
    public static void show(Outcome outcome, ConsoleOutput out, Renderer renderer) {
        outcome.info().forEach(line -> out.print(renderer.status(line)));
        outcome.problems().forEach(line -> out.print(renderer.problem(line)));
    }

    // ---- incoming messages (link thread) ----

    @Override
    public boolean handle(Frame frame, ConsoleOutput out) {
        if (!(frame instanceof Frame.Message message)) {
            return false;
        }
        out.print(session.renderer().message(message));
        features.autoReply(message, session.room().you()).ifPresent(session::say);
        return true;
    }

    // ---- layout ----

    @Override
    public List<AttributedString> received(Frame.Message message) {
        return features.formatter().lines(MessageView.received(message));
    }

    @Override
    public List<AttributedString> own(String nick, String text) {
        Member self = session.room().you();
        String address = self == null || self.address() == null ? "" : self.address();
        return features.formatter().lines(MessageView.ownSay(address, nick, clock.millis(), text));
    }
}
