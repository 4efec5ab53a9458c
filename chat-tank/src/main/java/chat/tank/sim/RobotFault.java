package chat.tank.sim;

/** Input that would crash or disconnect the real robot's program; the simulator reports it and drops the client. */
final class RobotFault extends Exception {
    private static final long serialVersionUID = 1L;

    RobotFault(String message) {
        super(message);
    }
}
