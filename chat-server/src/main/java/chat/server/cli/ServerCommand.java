package chat.server.cli;

import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.log.EventLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** {@code chat server}: the headless server in the foreground, one log line per event on stderr. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the chat server in the foreground (headless). Stops cleanly on Ctrl-C or SIGTERM.")
public final class ServerCommand implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, paramLabel = "N",
            description = "Port to listen on; repeat to listen on several (default: ${DEFAULT-VALUE}).")
    List<Integer> ports = new ArrayList<>(List.of(Protocol.DEFAULT_PORT));

    @Option(names = {"-b", "--bind"}, paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface).")
    String bind;

    @Option(names = "--motd", paramLabel = "TEXT", defaultValue = "",
            description = "Message of the day, shown to everyone who joins.")
    String motd;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:CHAT_PASSWORD}",
            description = "Require this password from every client (default: $CHAT_PASSWORD, which keeps it out of the process list).")
    String password;

    @Option(names = "--max-clients", paramLabel = "N",
            description = "Members allowed at once (default: what the file descriptor limit allows, now ${DEFAULT-VALUE}).")
    int maxClients = ServerConfig.defaultMaxClients();

    @Option(names = "--max-per-ip", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_PER_ADDRESS,
            description = "Connections allowed from one IP address (default: ${DEFAULT-VALUE}).")
    int maxPerIp;

    @Option(names = "--rate-limit", paramLabel = "MSGS/S", defaultValue = "0",
            description = "Messages a member may send per second; 0 for no limit (default).")
    int rateLimit;

    @Option(names = "--max-text", paramLabel = "BYTES", defaultValue = "" + ProtocolLimits.DEFAULT_MAX_TEXT,
            description = "Longest message, in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
    int maxText;

    @Option(names = "--max-image", paramLabel = "BYTES", defaultValue = "" + ProtocolLimits.DEFAULT_MAX_IMAGE,
            description = "Largest picture, in bytes (default: ${DEFAULT-VALUE}).")
    long maxImage;

    @Option(names = "--max-frame", paramLabel = "BYTES", defaultValue = "" + ProtocolLimits.DEFAULT_MAX_FRAME,
            description = "Largest frame accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxFrame;

    @Option(names = "--max-unsent", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_UNSENT_BYTES,
            description = "A member owed more than this is dropped at once as too slow (default: ${DEFAULT-VALUE}).")
    long maxUnsent;

    @Option(names = "--soft-unsent", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_SOFT_UNSENT_BYTES,
            description = "A member owed more than this for --soft-unsent-seconds is dropped (default: ${DEFAULT-VALUE}).")
    long softUnsent;

    @Option(names = "--soft-unsent-seconds", paramLabel = "S",
            defaultValue = "" + ServerConfig.DEFAULT_SOFT_UNSENT_MILLIS / 1000,
            description = "How long a member may stay above --soft-unsent (default: ${DEFAULT-VALUE}).")
    long softUnsentSeconds;

    @Override
    public Integer call() {
        ServerConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            System.err.println("chat server: " + e.getMessage());
            return 2;
        }
        EventLog log = EventLog.to(System.err);
        AtomicReference<ChatServer> running = new AtomicReference<>();
        SignalStop.install(() -> {
            ChatServer started = running.get();
            if (started != null) {
                started.shutdown();
            }
        });
        ChatServer server;
        try {
            server = ChatServer.start(config, log);
            running.set(server);
        } catch (IOException e) {
            System.err.println("chat server: cannot listen on " + config.listen() + ": " + e.getMessage());
            return 1;
        }
        for (InetSocketAddress address : server.boundAddresses()) {
            log.info("listening on " + address.getAddress().getHostAddress() + ":" + address.getPort());
        }
        announceJoinCommands(log, server.port());
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server.failure() != null) {
            log.warn("stopped by an error: " + server.failure());
            return 1;
        }
        log.info("stopped");
        return 0;
    }

    ServerConfig config() {
        List<InetSocketAddress> listen = new ArrayList<>();
        for (int port : ports) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            listen.add(new InetSocketAddress(bind, port));
        }
        return ServerConfig.defaults().withListen(listen).withMotd(motd)
                .withPassword(password == null || password.isEmpty() ? null : password)
                .withClientLimits(maxClients, maxPerIp).withRateLimit(rateLimit)
                .withLimits(new ProtocolLimits(maxFrame, maxText, maxImage))
                .withUnsentLimits(maxUnsent, softUnsent, softUnsentSeconds * 1000);
    }

    /** Every IPv4 address of this machine, and what a student types to join. */
    private void announceJoinCommands(EventLog log, int port) {
        String suffix = port == Protocol.DEFAULT_PORT ? "" : ":" + port;
        InetSocketAddress bound = new InetSocketAddress(bind, port);
        List<String> addresses = bound.getAddress() != null && bound.getAddress().isAnyLocalAddress()
                ? ipv4Addresses() : List.of(bind);
        for (String address : addresses) {
            log.info("students join with: chat " + address + suffix + "   (or: nc " + address + " " + port + ")");
        }
    }

    /** The IPv4 addresses of this machine's interfaces that are up, loopback excepted. */
    public static List<String> ipv4Addresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        addresses.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces to show; the listening line still says where we are
        }
        return addresses;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerCommand()).execute(args));
    }
}
