package chat.tank.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A snapshot of the robot link.
 *
 * @param connected      whether a connection is open
 * @param address        {@code host:port} of the current or last connection, empty before the first
 * @param lastAlive      when the robot last answered the keep-alive with {@code alive}
 * @param lastDistance   the last distance reading, in centimetres
 * @param roundTrip      time from the last answered keep-alive to its {@code alive}
 * @param keepAlivesSent keep-alives sent on the current connection
 * @param alivesReceived {@code alive} replies received on the current connection
 */
public record TankStatus(boolean connected, String address, Optional<Instant> lastAlive,
                         OptionalDouble lastDistance, Optional<Duration> roundTrip,
                         long keepAlivesSent, long alivesReceived) {
}
