package chat.tank;

import chat.tank.command.TankCommand;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the robot and keep its link alive.
 *
 * @param host              default robot address, used by {@code /tank connect} without a host
 * @param port              default robot port
 * @param heartbeatInterval how often the keep-alive goes out; must stay well under the robot's 2 s timeout
 * @param keepAliveName     the keep-alive {@code cmd}: the handout says {@code heartbeat}, the robot's own
 *                          code answers {@code hearthbeat}; any command resets the robot's timer
 * @param connectTimeout    how long a TCP connect may take
 */
public record TankSettings(String host, int port, Duration heartbeatInterval, String keepAliveName,
                           Duration connectTimeout) {
    public static final String DEFAULT_HOST = "192.168.4.1";
    public static final int DEFAULT_PORT = 7654;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofMillis(500);
    public static final String HANDOUT_KEEP_ALIVE = "heartbeat";
    public static final String ROBOT_KEEP_ALIVE = "hearthbeat";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final int MAX_PORT = 65_535;

    public TankSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("the heartbeat cannot be switched off: " + heartbeatInterval);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive: " + connectTimeout);
        }
        new TankCommand.KeepAlive(keepAliveName);
    }

    /** The classroom defaults: 192.168.4.1:7654, keep-alive {@code heartbeat} every 500 ms. */
    public static TankSettings defaults() {
        return new TankSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_HEARTBEAT, HANDOUT_KEEP_ALIVE,
                DEFAULT_CONNECT_TIMEOUT);
    }

    /** The same settings with another keep-alive name. */
    public TankSettings withKeepAliveName(String name) {
        return new TankSettings(host, port, heartbeatInterval, name, connectTimeout);
    }

    /** The same settings with another heartbeat interval. */
    public TankSettings withHeartbeatInterval(Duration interval) {
        return new TankSettings(host, port, interval, keepAliveName, connectTimeout);
    }
}
