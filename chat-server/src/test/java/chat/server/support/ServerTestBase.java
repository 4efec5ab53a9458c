package chat.server.support;

import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.log.EventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a real server on 127.0.0.1 at a free port before each test and stops it after,
 * closing every client the test opened through {@link #framed} and {@link #line}.
 */
public abstract class ServerTestBase {
    protected ChatServer server;
    protected int port;
    private final List<AutoCloseable> clients = new ArrayList<>();

    /** The configuration of the server each test gets; override to change limits or timers. */
    protected ServerConfig config() {
        return ServerConfig.loopbackEphemeral();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = ChatServer.start(config(), Boolean.getBoolean("chat.test.log") ? EventLog.to(System.err) : EventLog.silent());
        port = server.port();
    }

    @AfterEach
    void stopServer() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        server.shutdown();
    }

    protected FramedClient framed(String nick) throws IOException {
        return track(FramedClient.join(port, nick));
    }

    protected LineClient line() throws IOException {
        return track(LineClient.join(port));
    }

    protected <T extends AutoCloseable> T track(T client) {
        clients.add(client);
        return client;
    }
}
