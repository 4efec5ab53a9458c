package chat.tank.drive;

import chat.tank.command.TankCommand;

/** What driving mode needs from the robot link. */
public interface DriveLink {

    /** Sends a movement; false when the link is gone. */
    boolean send(TankCommand.Move movement);

    /** Whether the robot is still connected. */
    boolean connected();
}
