package chat.server.conn;

/** Where a connection is in its life. */
public enum ConnectionState {
    /** Accepted; waiting for the first byte (or 500 ms) to tell framed from line. */
    DETECTING,
    /** Framed; waiting for HELLO. */
    AWAITING_HELLO,
    /** Line mode on a server with a password; waiting for the password line. */
    AWAITING_PASSWORD,
    /** In the room: receives messages and is announced to others. */
    MEMBER,
    /** Leaving: reads nothing more, flushes what it owes, then closes. */
    CLOSING,
    /** Closed and forgotten. */
    CLOSED
}
