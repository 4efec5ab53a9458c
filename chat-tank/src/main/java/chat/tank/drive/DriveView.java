package chat.tank.drive;

import chat.tank.command.TankCommand;

/** The words shown while driving, supplied by the console in the user's language. */
public interface DriveView {

    /** The one-line key legend shown on entry. */
    String legend();

    /** The live status line: the current movement, the strength setting and any robot reading. */
    String status(TankCommand.Move movement, int strength);
}
