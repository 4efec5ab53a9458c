package chat.core.protocol;

/** Fixed numbers of protocol version 1. */
public final class Protocol {
    public static final int VERSION = 1;
    public static final int DEFAULT_PORT = 5050;

    /** Bytes of the length prefix. */
    public static final int LENGTH_BYTES = 4;
    /** Bytes of the length prefix and the type byte. */
    public static final int HEADER_BYTES = LENGTH_BYTES + 1;
    /** A frame limit below this could not carry a WELCOME. */
    public static final int MIN_MAX_FRAME = 4096;

    public static final int MAX_PING_BODY = 64;
    public static final int MAX_IMAGE_CHUNK = 65_536;
    public static final int MAX_OPEN_TRANSFERS = 4;
    public static final int MAX_MEMBERS_PER_FRAME = 500;
    public static final int MAX_MEMBERS_IN_WELCOME = 100;
    public static final int WHISPER_HEADER_BYTES = 4;

    /** Above this many members, joins and leaves are summed up in presence notices. */
    public static final int PRESENCE_SUMMARY_THRESHOLD = 200;
    public static final int PRESENCE_SAMPLE = 20;
    public static final long PRESENCE_INTERVAL_MILLIS = 1_000;

    public static final long MODE_DETECT_MILLIS = 500;
    public static final long LINE_IDLE_FLUSH_MILLIS = 100;
    public static final long IDLE_PING_MILLIS = 30_000;
    public static final long IDLE_CLOSE_MILLIS = 75_000;
    public static final long SHUTDOWN_FLUSH_MILLIS = 2_000;

    public static final long RECONNECT_INITIAL_MILLIS = 1_000;
    public static final long RECONNECT_MAX_MILLIS = 30_000;

    /** MESSAGE flag bit 0: a whisper. */
    public static final int FLAG_PRIVATE = 0x01;

    private Protocol() {
    }
}
