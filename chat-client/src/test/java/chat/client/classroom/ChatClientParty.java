package chat.client.classroom;

import chat.client.console.ConsoleOutput;
import chat.client.testing.RecordingOutput;
import chat.client.console.Renderer;
import chat.client.net.HostPort;
import chat.client.net.LinkConfig;
import chat.client.session.ChatSession;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Our own client's session in the room, its screen kept as text. */
final class ChatClientParty implements Party {
    private final String nick;
    private final StringBuffer screen = new StringBuffer();
    private final ChatSession session;

    ChatClientParty(int port, String nick) {
        this.nick = nick;
        ConsoleOutput out = new RecordingOutput(screen);
        session = new ChatSession(LinkConfig.of(new HostPort("127.0.0.1", port), nick, null), out,
                new Renderer(false));
        session.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> session.link().isJoined());
    }

    @Override
    public String nick() {
        return nick;
    }

    @Override
    public void say(String text) {
        session.handleLine(text);
    }

    @Override
    public String seen() {
        return screen.toString();
    }

    @Override
    public void close() {
        session.close();
    }
}
