package chat.tank.sim;

/** Something the simulator saw, for observers such as tests: a client, a command, a timeout, a fault. */
public record SimEvent(Kind kind, String text) {

    /** What happened. */
    public enum Kind {
        /** A client connected; text is its address. */
        CLIENT_CONNECTED,
        /** One command was cut from the input; text is its exact JSON as received. */
        COMMAND,
        /** No bytes for the silence timeout: the simulator sent {@code disconnect} and closed. */
        TIMEOUT,
        /** The client sent {@code disconnect}; the motors stopped and the connection closed. */
        CLIENT_DISCONNECTED,
        /** The client closed without {@code disconnect}: the real robot keeps its last motor command. */
        CLIENT_LEFT,
        /** The input would crash or disconnect the real robot (bad JSON, missing field, string number). */
        FAULT
    }
}
