package chat.client.classroom;

import chat.client.net.HostPort;
import chat.client.plain.LineEnding;
import chat.client.plain.PlainConnection;
import chat.client.plain.PlainListener;

import java.io.IOException;

/** Our plain-text mode ({@code chat --line}) connected to the room's line mode. */
final class PlainParty implements Party {
    private final String nick;
    private final StringBuffer screen = new StringBuffer();
    private final PlainConnection connection;

    PlainParty(int port, String nick, LineEnding ending) throws IOException {
        this.nick = nick;
        this.connection = PlainConnection.open(new HostPort("127.0.0.1", port), ending, 2_000, new PlainListener() {
            @Override
            public void line(String text) {
                screen.append(text).append('\n');
            }

            @Override
            public void closed(String reason) {
                screen.append("[closed]\n");
            }
        });
    }

    @Override
    public String nick() {
        return nick;
    }

    @Override
    public void say(String text) {
        connection.send(text);
    }

    @Override
    public String seen() {
        return screen.toString();
    }

    @Override
    public void close() {
        connection.close();
    }
}
