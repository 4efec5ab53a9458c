package chat.tank.link;

import java.io.IOException;

/** A command was sent while no robot is connected. */
public final class NotConnectedException extends IOException {
    private static final long serialVersionUID = 1L;

    public NotConnectedException() {
        super("not connected to the robot");
    }
}
