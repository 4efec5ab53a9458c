package chat.client.net;

import chat.core.protocol.Protocol;

/**
 * How the link connects and keeps the connection alive.
 *
 * @param server            where the room is
 * @param nick              the nick asked for in HELLO (null: the server picks {@code guest-<id>})
 * @param password          the room's password, or null
 * @param reconnectInitial  first delay before reconnecting, in ms
 * @param reconnectMax      longest delay before reconnecting, in ms
 * @param connectTimeout    longest wait for a TCP connection, in ms
 * @param idlePing          silence from the server after which the link sends PING, in ms
 * @param idleLost          silence from the server after which the connection is taken as lost, in ms
 */
public record LinkConfig(HostPort server, String nick, String password, long reconnectInitial, long reconnectMax,
                         int connectTimeout, int idlePing, long idleLost) {
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 5_000;

    /** The protocol's defaults: back-off 1 s doubling to 30 s, ping after 30 s of silence, lost after 75 s. */
    public static LinkConfig of(HostPort server, String nick, String password) {
        return new LinkConfig(server, nick, password, Protocol.RECONNECT_INITIAL_MILLIS, Protocol.RECONNECT_MAX_MILLIS,
                DEFAULT_CONNECT_TIMEOUT_MILLIS, (int) Protocol.IDLE_PING_MILLIS, Protocol.IDLE_CLOSE_MILLIS);
    }

    public LinkConfig withReconnect(long initialMillis, long maxMillis) {
        return new LinkConfig(server, nick, password, initialMillis, maxMillis, connectTimeout, idlePing, idleLost);
    }

    public LinkConfig withServer(HostPort newServer) {
        return new LinkConfig(newServer, nick, password, reconnectInitial, reconnectMax, connectTimeout, idlePing,
                idleLost);
    }
}
