package chat.client.session;

import chat.client.Messages;
import chat.client.command.Command;
import chat.client.command.CommandName;
import chat.client.command.CommandParser;
import chat.client.console.ConsoleOutput;
import chat.client.console.Renderer;
import chat.client.net.ChatLink;
import chat.client.net.HostPort;
import chat.client.net.LinkConfig;
import chat.client.net.LinkListener;
import chat.client.net.RoomState;
import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.model.NoticeEvent;
import chat.core.protocol.InvalidTextException;
import chat.core.text.NickRules;
import chat.core.text.TextRules;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One chat session: runs the typed commands against the link and renders what the link
 * reports. Lines typed go through {@link #handleLine}; frames arrive through {@link LinkListener}
 * on the link thread. Extra frame types are handled by {@link IncomingFrameHandler}s.
 */
public final class ChatSession implements LinkListener, AutoCloseable {
    private static final long MILLIS_PER_SECOND = 1_000;


    private final ConsoleOutput out;
    private final Renderer renderer;
    private final ChatLink link;
    private final List<IncomingFrameHandler> handlers = new CopyOnWriteArrayList<>();
    private final List<CommandHandler> commandHandlers = new CopyOnWriteArrayList<>();
    private final List<Runnable> disconnectHooks = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstOutcome = new CountDownLatch(1);
    private final WhoChain who = new WhoChain();
    private volatile boolean refused;
    private volatile Function<String, List<String>> expander = List::of;

    public ChatSession(LinkConfig config, ConsoleOutput out, Renderer renderer) {
        this.out = out;
        this.renderer = renderer;
        this.link = new ChatLink(config, this);
    }

    /** Starts connecting. */
    public ChatSession start() {
        link.start();
        return this;
    }

    /** Adds a handler consulted for every frame before the session renders it. */
    public void addFrameHandler(IncomingFrameHandler handler) {
        handlers.add(handler);
    }

    /** Adds a handler for commands the session does not run itself. */
    public void addCommandHandler(CommandHandler handler) {
        commandHandlers.add(handler);
    }

    /**
     * Turns each line typed for the room into the texts actually said (macros, random messages);
     * the default says the line as it is.
     */
    public void setTextExpander(Function<String, List<String>> value) {
        expander = value;
    }

    /** Adds something to run (on the link thread) whenever the connection is lost. */
    public void addDisconnectHook(Runnable hook) {
        disconnectHooks.add(hook);
    }

    public RoomState room() {
        return link.room();
    }

    public ChatLink link() {
        return link;
    }

    public ConsoleOutput output() {
        return out;
    }

    public Renderer renderer() {
        return renderer;
    }

    /** Waits until the first connection attempt has succeeded or failed; true if it has. */
    public boolean awaitFirstAttempt(long millis) throws InterruptedException {
        return firstOutcome.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Runs one typed line. Returns false when the user asked to quit. */
    public boolean handleLine(String line) {
        Command command = CommandParser.parse(line);
        if (command instanceof Command.Quit) {
            return false;
        }
        if (command instanceof Command.Empty) {
            return true;
        }
        if (command instanceof Command.Help) {
            help();
        } else if (command instanceof Command.Usage usage) {
            out.print(renderer.problem(Messages.get("usage", Messages.get(usage.command().helpKey()))));
        } else if (command instanceof Command.Unknown unknown) {
            out.print(renderer.problem(Messages.get("command.unknown", unknown.word())));
        } else if (command instanceof Command.Say say) {
            expander.apply(say.text()).forEach(this::say);
        } else if (command instanceof Command.Nick nick) {
            nick(nick.nick());
        } else if (command instanceof Command.Who) {
            who();
        } else if (command instanceof Command.Msg msg) {
            whisper(msg.nick(), msg.text());
        } else {
            extension(command);
        }
        return true;
    }

    private void extension(Command command) {
        for (CommandHandler handler : commandHandlers) {
            if (handler.handle(command)) {
                return;
            }
        }
        out.print(renderer.problem(Messages.get("command.unavailable")));
    }

    /** Leaves the room (BYE) and stops the link; bounded in time even if the server has gone. */
    @Override
    public void close() {
        link.close();
    }

    private void help() {
        out.print(renderer.plain(Messages.get("help.heading")));
        for (CommandName name : CommandName.values()) {
            out.print(renderer.plain("  " + Messages.get(name.helpKey())));
        }
        out.print(renderer.plain("  " + Messages.get("help.slash")));
    }

    /** Says {@code text} to the room and shows it; false (with the reason shown) if it could not be sent. */
    public boolean say(String text) {
        if (!checkText(text) || !joinedOrRefuse()) {
            return false;
        }
        // shown before it is sent, so an instant answer (an auto-reply) never appears above it
        Member self = link.room().you();
        out.print(renderer.ownSay(self == null ? "?" : self.nick(), text));
        return sendOrRefuse(new Frame.Say(text));
    }

    private boolean joinedOrRefuse() {
        if (link.isJoined()) {
            return true;
        }
        out.print(renderer.problem(Messages.get(refused ? "send.refused" : "send.offline")));
        return false;
    }

    private void nick(String nick) {
        if (!NickRules.isValid(nick)) {
            out.print(renderer.problem(Messages.get("nick.invalid", nick)));
            return;
        }
        sendOrRefuse(new Frame.Nick(nick));
    }

    private void who() {
        if (!joinedOrRefuse()) {
            return;
        }
        if (who.start(true)) {
            link.send(new Frame.Who(0));
        }
    }

    private void whisper(String nick, String text) {
        Member to = link.room().byNick(nick);
        if (to == null) {
            out.print(renderer.problem(Messages.get("msg.unknown", nick)));
            return;
        }
        if (checkText(text) && sendOrRefuse(new Frame.Whisper(to.id(), text))) {
            out.print(renderer.ownWhisper(to.nick(), text));
        }
    }

    private boolean checkText(String text) {
        try {
            TextRules.checkedBytes(text, link.room().limits().maxText());
            return true;
        } catch (InvalidTextException e) {
            out.print(renderer.problem(Messages.get("text.invalid", e.getMessage())));
            return false;
        }
    }

    private boolean sendOrRefuse(Frame frame) {
        if (link.send(frame)) {
            return true;
        }
        out.print(renderer.problem(Messages.get(refused ? "send.refused" : "send.offline")));
        return false;
    }

    // ---- what the link reports (link thread) ----

    @Override
    public void connecting(HostPort server, int attempt) {
        if (attempt == 1) {
            out.print(renderer.status(Messages.get("link.connecting", server.toString())));
        }
    }

    @Override
    public void welcomed(Frame.Welcome welcome) {
        out.print(renderer.welcome(welcome, link.config().server()));
        if (welcome.you() != null) {
            out.nickChanged(welcome.you().nick());
        }
        int listed = welcome.members() == null ? 0 : welcome.members().size();
        if (welcome.memberCount() > listed + 1 && who.start(false)) {
            link.send(new Frame.Who(0));
        }
        firstOutcome.countDown();
    }

    @Override
    public void received(Frame frame) {
        for (IncomingFrameHandler handler : handlers) {
            if (handler.handle(frame, out)) {
                return;
            }
        }
        if (frame instanceof Frame.Message message) {
            out.print(renderer.message(message));
        } else if (frame instanceof Frame.Notice notice) {
            out.print(renderer.notice(notice));
            if (link.room().presenceIncomplete(notice) && who.start(false)) {
                link.send(new Frame.Who(0)); // a summary names only some: the table is read again
            }
            Member self = link.room().you();
            if (notice.event() == NoticeEvent.NICK && self != null && notice.member() != null
                    && notice.member().id() == self.id()) {
                out.nickChanged(self.nick());
            }
        } else if (frame instanceof Frame.Error error) {
            out.print(renderer.error(error));
        } else if (frame instanceof Frame.Members page) {
            members(page);
        }
    }

    private void members(Frame.Members page) {
        List<Member> members = page.members() == null ? List.of() : page.members();
        WhoChain.Step step = who.page(page, members.size());
        if (step == null) {
            return;
        }
        if (step.show()) {
            if (page.offset() == 0) {
                out.print(renderer.whoHeading(page.total()));
            }
            Member self = link.room().you();
            for (Member member : members) {
                out.print(renderer.whoRow(member, self != null && member.id() == self.id()));
            }
        }
        if (step.nextOffset() != WhoChain.Step.DONE) {
            link.send(new Frame.Who(step.nextOffset()));
        }
    }

    @Override
    public void disconnected(String reason, boolean wasJoined) {
        who.reset();
        disconnectHooks.forEach(Runnable::run);
        out.print(renderer.status(Messages.get(wasJoined ? "link.lost" : "link.failed", reason)));
        firstOutcome.countDown();
    }

    @Override
    public void reconnectingIn(long delayMillis) {
        long seconds = Math.max(1, Math.round((double) delayMillis / MILLIS_PER_SECOND));
        out.print(renderer.status(Messages.get("link.retry", seconds)));
    }

    @Override
    public void refused(Frame.Error error) {
        refused = true;
        out.print(renderer.error(error));
        out.print(renderer.problem(Messages.get("link.refused")));
        firstOutcome.countDown();
    }

    @Override
    public void frameFailed(Frame frame, RuntimeException failure) {
        out.print(renderer.problem(Messages.get("frame.failed", frame.type().name(),
                chat.core.text.TerminalText.sanitizeLine(String.valueOf(failure.getMessage())))));
    }

    @Override
    public void stopped() {
        firstOutcome.countDown();
    }
}
