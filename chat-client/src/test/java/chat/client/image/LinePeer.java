package chat.client.image;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/** A line-mode member, as {@code nc} would be: a plain socket that only reads lines. */
final class LinePeer implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Socket socket;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    LinePeer(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        Thread reader = new Thread(this::read, "line-peer");
        reader.setDaemon(true);
        reader.start();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until the server has taken us for a line member and welcomed us (its first {@code ***} line). */
    LinePeer awaitWelcome() {
        await().atMost(WAIT).until(() -> lines.stream().anyMatch(line -> line.startsWith("***")));
        return this;
    }

    String awaitLineContaining(String text) {
        return await().atMost(WAIT).until(
                () -> lines.stream().filter(line -> line.contains(text)).findFirst().orElse(null), line -> line != null);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the test closed the socket
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
