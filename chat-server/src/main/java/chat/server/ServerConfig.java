package chat.server;

import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Everything the server can be told. Defaults follow the protocol; tests shorten the timers.
 *
 * @param listen              addresses to listen on (port 0 picks a free port)
 * @param motd                shown to each member that joins; empty for none
 * @param password            required from every client when not null
 * @param maxClients          members allowed at once
 * @param maxPerAddress       connections allowed from one IP address
 * @param limits              frame, text and image limits announced in WELCOME
 * @param maxUnsentBytes      a connection whose unsent bytes go above this is dropped ({@code slow})
 * @param softUnsentBytes     a connection above this for {@code softUnsentMillis} is dropped too
 * @param softUnsentMillis    how long a connection may stay above the soft limit
 * @param readBudgetBytes     bytes read from one connection per loop turn, so a flood cannot starve the rest
 * @param writeBudgetBytes    bytes written to one connection per loop turn
 * @param rateLimitPerSecond  messages a member may send per second; 0 for no limit
 * @param idlePingMillis      a framed member silent this long is pinged
 * @param idleCloseMillis     a framed member silent this long is dropped ({@code timeout})
 * @param joinTimeoutMillis   a connection that has not joined this long after accept is closed
 * @param frameStallMillis    a connection holding an incomplete frame or line this long without progress is closed
 * @param maxPreJoinBytes     the largest frame (HELLO) or line (password) accepted before joining
 * @param memoryBudgetBytes   what all connections together may hold (unsent bytes, incomplete input)
 *                            before the one holding most is dropped
 */
public record ServerConfig(
        List<InetSocketAddress> listen,
        String motd,
        String password,
        int maxClients,
        int maxPerAddress,
        ProtocolLimits limits,
        long maxUnsentBytes,
        long softUnsentBytes,
        long softUnsentMillis,
        int readBudgetBytes,
        int writeBudgetBytes,
        int rateLimitPerSecond,
        long idlePingMillis,
        long idleCloseMillis,
        long joinTimeoutMillis,
        long frameStallMillis,
        int maxPreJoinBytes,
        long memoryBudgetBytes) {

    /** Members allowed when the machine's file descriptor limit cannot be read. */
    public static final int FALLBACK_MAX_CLIENTS = 10_000;
    /** File descriptors kept for everything but client connections. */
    private static final int RESERVED_DESCRIPTORS = 64;
    public static final int DEFAULT_MAX_PER_ADDRESS = 1_000;
    public static final long DEFAULT_MAX_UNSENT_BYTES = 8L * 1024 * 1024;
    public static final long DEFAULT_SOFT_UNSENT_BYTES = 4L * 1024 * 1024;
    public static final long DEFAULT_SOFT_UNSENT_MILLIS = 10_000;
    public static final int DEFAULT_READ_BUDGET_BYTES = 256 * 1024;
    public static final int DEFAULT_WRITE_BUDGET_BYTES = 1024 * 1024;
    public static final long DEFAULT_JOIN_TIMEOUT_MILLIS = 10_000;
    public static final long DEFAULT_FRAME_STALL_MILLIS = 30_000;
    public static final int DEFAULT_MAX_PRE_JOIN_BYTES = 8 * 1024;

    public ServerConfig {
        listen = List.copyOf(listen);
        if (listen.isEmpty()) {
            throw new IllegalArgumentException("at least one listen address is needed");
        }
        motd = motd == null ? "" : motd;
        if (maxClients < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("maxClients and maxPerAddress must be positive");
        }
        if (maxUnsentBytes < 2L * readBudgetBytes) {
            throw new IllegalArgumentException("the unsent-bytes limit (" + maxUnsentBytes
                    + ") must be at least twice the read budget (" + readBudgetBytes
                    + "): one loop turn may relay that much to every member before writing");
        }
        if (softUnsentBytes > maxUnsentBytes) {
            softUnsentBytes = maxUnsentBytes;
        }
    }

    /** Port 5050 on every interface, the protocol's limits and timers. */
    public static ServerConfig defaults() {
        return new ServerConfig(List.of(new InetSocketAddress(Protocol.DEFAULT_PORT)), "", null,
                defaultMaxClients(), DEFAULT_MAX_PER_ADDRESS, ProtocolLimits.DEFAULTS,
                DEFAULT_MAX_UNSENT_BYTES, DEFAULT_SOFT_UNSENT_BYTES, DEFAULT_SOFT_UNSENT_MILLIS,
                DEFAULT_READ_BUDGET_BYTES, DEFAULT_WRITE_BUDGET_BYTES, 0,
                Protocol.IDLE_PING_MILLIS, Protocol.IDLE_CLOSE_MILLIS,
                DEFAULT_JOIN_TIMEOUT_MILLIS, DEFAULT_FRAME_STALL_MILLIS, DEFAULT_MAX_PRE_JOIN_BYTES,
                Runtime.getRuntime().maxMemory() / 2);
    }

    /**
     * As many members as the process may open sockets for: its file descriptor limit less a
     * reserve (a Pi's default of 1024 gives 960; a systemd unit with LimitNOFILE=65536, 65,472).
     */
    public static int defaultMaxClients() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long fds = unix.getMaxFileDescriptorCount();
            if (fds > RESERVED_DESCRIPTORS * 2L) {
                return (int) Math.min(Integer.MAX_VALUE / 2, fds - RESERVED_DESCRIPTORS);
            }
        }
        return FALLBACK_MAX_CLIENTS;
    }

    /** The defaults, listening on 127.0.0.1 at a free port: what tests start. */
    public static ServerConfig loopbackEphemeral() {
        return defaults().withListen(List.of(new InetSocketAddress("127.0.0.1", 0)));
    }

    public ServerConfig withListen(List<InetSocketAddress> addresses) {
        Copy c = new Copy(this);
        c.listen = addresses;
        return c.build();
    }

    public ServerConfig withMotd(String text) {
        Copy c = new Copy(this);
        c.motd = text;
        return c.build();
    }

    public ServerConfig withPassword(String secret) {
        Copy c = new Copy(this);
        c.password = secret;
        return c.build();
    }

    public ServerConfig withClientLimits(int clients, int perAddress) {
        Copy c = new Copy(this);
        c.maxClients = clients;
        c.maxPerAddress = perAddress;
        return c.build();
    }

    public ServerConfig withUnsentLimits(long hardBytes, long softBytes, long softMillis) {
        Copy c = new Copy(this);
        c.maxUnsentBytes = hardBytes;
        c.softUnsentBytes = softBytes;
        c.softUnsentMillis = softMillis;
        return c.build();
    }

    public ServerConfig withRateLimit(int messagesPerSecond) {
        Copy c = new Copy(this);
        c.rateLimitPerSecond = messagesPerSecond;
        return c.build();
    }

    public ServerConfig withTimers(long pingMillis, long closeMillis, long joinMillis, long stallMillis) {
        Copy c = new Copy(this);
        c.idlePingMillis = pingMillis;
        c.idleCloseMillis = closeMillis;
        c.joinTimeoutMillis = joinMillis;
        c.frameStallMillis = stallMillis;
        return c.build();
    }

    public ServerConfig withMemoryBudget(long bytes) {
        Copy c = new Copy(this);
        c.memoryBudgetBytes = bytes;
        return c.build();
    }

    public ServerConfig withLimits(ProtocolLimits protocolLimits) {
        Copy c = new Copy(this);
        c.limits = protocolLimits;
        return c.build();
    }

    /** A configuration being changed by a {@code with...} method: every field, mutable once. */
    private static final class Copy {
        private List<InetSocketAddress> listen;
        private String motd;
        private String password;
        private int maxClients;
        private int maxPerAddress;
        private ProtocolLimits limits;
        private long maxUnsentBytes;
        private long softUnsentBytes;
        private long softUnsentMillis;
        private final int readBudgetBytes;
        private final int writeBudgetBytes;
        private int rateLimitPerSecond;
        private long idlePingMillis;
        private long idleCloseMillis;
        private long joinTimeoutMillis;
        private long frameStallMillis;
        private final int maxPreJoinBytes;
        private long memoryBudgetBytes;

        private Copy(ServerConfig from) {
            listen = from.listen;
            motd = from.motd;
            password = from.password;
            maxClients = from.maxClients;
            maxPerAddress = from.maxPerAddress;
            limits = from.limits;
            maxUnsentBytes = from.maxUnsentBytes;
            softUnsentBytes = from.softUnsentBytes;
            softUnsentMillis = from.softUnsentMillis;
            readBudgetBytes = from.readBudgetBytes;
            writeBudgetBytes = from.writeBudgetBytes;
            rateLimitPerSecond = from.rateLimitPerSecond;
            idlePingMillis = from.idlePingMillis;
            idleCloseMillis = from.idleCloseMillis;
            joinTimeoutMillis = from.joinTimeoutMillis;
            frameStallMillis = from.frameStallMillis;
            maxPreJoinBytes = from.maxPreJoinBytes;
            memoryBudgetBytes = from.memoryBudgetBytes;
        }

        private ServerConfig build() {
            return new ServerConfig(listen, motd, password, maxClients, maxPerAddress, limits, maxUnsentBytes,
                    softUnsentBytes, softUnsentMillis, readBudgetBytes, writeBudgetBytes, rateLimitPerSecond,
                    idlePingMillis, idleCloseMillis, joinTimeoutMillis, frameStallMillis, maxPreJoinBytes,
                    memoryBudgetBytes);
        }
    }
}
