package chat.client.plain;

import chat.client.net.HostPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PlainConnectionTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> closes = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private Socket peer;
    private PlainConnection connection;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) WAIT.toMillis());
    }

    @AfterEach
    void close() throws IOException {
        if (connection != null) {
            connection.close();
        }
        if (peer != null) {
            peer.close();
        }
        server.close();
    }

    private void connect(LineEnding ending) throws IOException {
        connection = PlainConnection.open(new HostPort("127.0.0.1", server.getLocalPort()), ending, 2_000,
                new PlainListener() {
                    @Override
                    public void line(String text) {
                        lines.add(text);
                    }

                    @Override
                    public void closed(String reason) {
                        closes.add(reason);
                    }
                });
        peer = server.accept();
        peer.setSoTimeout((int) WAIT.toMillis());
    }

    private byte[] readExactly(int count) throws IOException {
        InputStream in = peer.getInputStream();
        byte[] bytes = in.readNBytes(count);
        assertThat(bytes).hasSize(count);
        return bytes;
    }

    @Test
    void eachLineIsSentWithTheChosenEnding() throws IOException {
        connect(LineEnding.CRLF);
        assertThat(connection.send("salut ça va")).isTrue();
        byte[] expected = "salut ça va\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(readExactly(expected.length)).isEqualTo(expected);
    }

    @Test
    void withNoEndingOnlyTheTextIsSent() throws IOException {
        connect(LineEnding.NONE);
        connection.send("abc");
        connection.send("é");
        assertThat(new String(readExactly(5), StandardCharsets.UTF_8)).isEqualTo("abcé");
    }

    @Test
    void aCharacterSplitAcrossTwoWritesArrivesWhole() throws IOException {
        connect(LineEnding.LF);
        OutputStream out = peer.getOutputStream();
        byte[] bytes = "café 😀\n".getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, 4);
        out.flush();
        out.write(bytes, 4, 3);
        out.flush();
        out.write(bytes, 7, bytes.length - 7);
        out.flush();
        // a pause between writes may show the text in two pieces, but never a broken character
        await().atMost(WAIT).until(() -> String.join("", lines).equals("café 😀"));
        assertThat(lines).noneMatch(line -> line.contains("\uFFFD"));
    }

    @Test
    void textWithoutANewlineIsShownOnceTheServerFallsSilent() throws IOException {
        connect(LineEnding.LF);
        peer.getOutputStream().write("hello from python".getBytes(StandardCharsets.UTF_8));
        peer.getOutputStream().flush();
        await().atMost(WAIT).until(() -> lines.contains("hello from python"));
    }

    @Test
    void theServerClosingEndsTheConnectionAndRefusesFurtherLines() throws IOException {
        connect(LineEnding.LF);
        peer.getOutputStream().write("bye\n".getBytes(StandardCharsets.UTF_8));
        peer.close();
        await().atMost(WAIT).until(() -> closes.size() == 1);
        assertThat(lines).containsExactly("bye");
        assertThat(connection.isClosed()).isTrue();
        assertThat(connection.send("anyone?")).isFalse();
    }
}
