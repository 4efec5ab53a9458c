package chat.tank.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the simulator listens and behaves.
 *
 * @param bind           address to listen on
 * @param port           port to listen on; 0 picks a free one (see {@link TankSimulator#port()})
 * @param silenceTimeout the robot drops a client after this long without any byte (the robot: 2 s)
 * @param keepAliveNames commands answered with {@code alive} and {@code distance}
 * @param showKeepAlives whether each answered keep-alive is printed (off: they would drown the rest)
 * @param seed           seed of the distance readings' noise
 */
public record SimulatorSettings(String bind, int port, Duration silenceTimeout, Set<String> keepAliveNames,
                                boolean showKeepAlives, long seed) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7654;
    public static final Duration ROBOT_SILENCE_TIMEOUT = Duration.ofSeconds(2);
    /** The name the robot's own code answers. */
    public static final String ROBOT_KEEP_ALIVE = "hearthbeat";
    /** The name the classroom handout uses. */
    public static final String HANDOUT_KEEP_ALIVE = "heartbeat";

    public SimulatorSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(silenceTimeout, "silenceTimeout");
        keepAliveNames = Set.copyOf(keepAliveNames);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (silenceTimeout.isNegative() || silenceTimeout.isZero()) {
            throw new IllegalArgumentException("silence timeout must be positive: " + silenceTimeout);
        }
    }

    /** The robot's behaviour on 127.0.0.1:7654, answering both keep-alive spellings. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(DEFAULT_BIND, DEFAULT_PORT, ROBOT_SILENCE_TIMEOUT,
                Set.of(HANDOUT_KEEP_ALIVE, ROBOT_KEEP_ALIVE), false, System.nanoTime());
    }

    /** Test settings: 127.0.0.1, a free port, the given timeout, both keep-alive spellings, fixed seed. */
    public static SimulatorSettings forTests(Duration silenceTimeout) {
        return new SimulatorSettings(DEFAULT_BIND, 0, silenceTimeout,
                Set.of(HANDOUT_KEEP_ALIVE, ROBOT_KEEP_ALIVE), true, 1L);
    }
}
