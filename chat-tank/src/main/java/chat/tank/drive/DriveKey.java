package chat.tank.drive;

/** A key that means something in driving mode, independent of how the terminal encoded it. */
public enum DriveKey {
    FORWARD, BACK, LEFT, RIGHT, STOP, FASTER, SLOWER, QUIT,
    /** Any other key: ignored. */
    OTHER;

    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;

    /** The meaning of a plain character: WASD, space, + and -, q (and Ctrl-C, Ctrl-D) to leave. */
    public static DriveKey forChar(int ch) {
        return switch (ch) {
            case 'w', 'W' -> FORWARD;
            case 's', 'S' -> BACK;
            case 'a', 'A' -> LEFT;
            case 'd', 'D' -> RIGHT;
            case ' ' -> STOP;
            case '+', '=' -> FASTER;
            case '-', '_' -> SLOWER;
            case 'q', 'Q', CTRL_C, CTRL_D -> QUIT;
            default -> OTHER;
        };
    }

    /** The meaning of the final character of a cursor-key escape sequence ({@code ESC [ A} is up). */
    public static DriveKey forArrowFinal(int ch) {
        return switch (ch) {
            case 'A' -> FORWARD;
            case 'B' -> BACK;
            case 'C' -> RIGHT;
            case 'D' -> LEFT;
            default -> OTHER;
        };
    }
}
