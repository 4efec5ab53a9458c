package chat.core.protocol;

/** The frame types of protocol version 1, with their wire codes. */
public enum FrameType {
    HELLO(0x01),
    WELCOME(0x02),
    NOTICE(0x03),
    ERROR(0x04),
    PING(0x05),
    PONG(0x06),
    NICK(0x07),
    BYE(0x08),
    WHO(0x09),
    MEMBERS(0x0A),
    SAY(0x10),
    WHISPER(0x11),
    MESSAGE(0x12),
    IMAGE_BEGIN(0x20),
    IMAGE_CHUNK(0x21),
    IMAGE_END(0x22),
    IMAGE_ABORT(0x23);

    private static final FrameType[] BY_CODE = new FrameType[256];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    FrameType(int code) {
        this.code = code;
    }

    /** The type byte on the wire. */
    public int code() {
        return code;
    }

    /** The type for a wire code, or {@code null} when this version does not know it. */
    public static FrameType fromCode(int code) {
        return BY_CODE[code & 0xFF];
    }
}
