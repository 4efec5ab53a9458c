package chat.bench;

import chat.server.ChatServer;
import chat.server.ServerConfig;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The chat server as the benchmark runs it: its own JVM on 127.0.0.1, the protocol's defaults
 * except room for every benchmark connection from the one loopback address. Runs until killed.
 */
@Command(name = "server", description = "Runs the chat server on 127.0.0.1 for the benchmark.")
public final class ServerMain implements Callable<Integer> {
    private static final String LOOPBACK = "127.0.0.1";

    @Option(names = "--port", required = true, description = "TCP port on 127.0.0.1")
    int port;

    @Option(names = "--max-clients", defaultValue = "20000", description = "members allowed, all from 127.0.0.1")
    int maxClients;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = ServerConfig.defaults()
                .withListen(List.of(new InetSocketAddress(LOOPBACK, port)))
                .withClientLimits(maxClients, maxClients);
        ChatServer server = ChatServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "bench-server-stop"));
        server.awaitTermination();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }
}
