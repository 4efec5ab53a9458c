package chat.tank.link;

/** Why a robot link ended without the user asking for it. */
public enum CloseCause {
    /** The robot sent {@code {"cmd" : "disconnect"}}: it saw 2 s of silence or chose to drop us. */
    ROBOT_DISCONNECT,
    /** The robot closed the connection without a word. */
    END_OF_STREAM,
    /** Reading or writing failed, or the robot sent something that is not JSON. */
    ERROR
}
