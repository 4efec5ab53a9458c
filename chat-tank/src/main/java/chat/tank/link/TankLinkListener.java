package chat.tank.link;

/** Receives what happens on a robot link; called from the link's reader and heartbeat threads. */
public interface TankLinkListener {

    /** Every object the robot sends, in order ({@code connection}, {@code alive}, {@code distance}, ...). */
    void onReply(RobotReply reply);

    /** The link ended without the user asking: the robot dropped it or it failed. Not called after {@code disconnect()}. */
    void onClosed(CloseCause cause, String detail);
}
