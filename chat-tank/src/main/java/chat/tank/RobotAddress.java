package chat.tank;

import chat.tank.command.InvalidCommandException;

/** A robot address typed as {@code HOST}, {@code HOST:PORT} or {@code [IPv6]:PORT}, with defaults. */
record RobotAddress(String host, int port) {
    private static final int MAX_PORT = 65_535;

    /** Parses the argument of {@code /tank connect}; an empty text gives the defaults. */
    static RobotAddress parse(String text, String defaultHost, int defaultPort) {
        String spec = text.strip();
        if (spec.isEmpty()) {
            return new RobotAddress(defaultHost, defaultPort);
        }
        if (spec.startsWith("[")) {
            int close = spec.indexOf(']');
            if (close < 0) {
                throw new InvalidCommandException("error.address", spec);
            }
            String host = spec.substring(1, close);
            String rest = spec.substring(close + 1);
            if (rest.isEmpty()) {
                return new RobotAddress(host, defaultPort);
            }
            if (!rest.startsWith(":")) {
                throw new InvalidCommandException("error.address", spec);
            }
            return new RobotAddress(host, port(rest.substring(1), spec));
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return new RobotAddress(spec, defaultPort);
        }
        if (colon == 0 || spec.indexOf(':', colon + 1) >= 0) {
            throw new InvalidCommandException("error.address", spec);
        }
        return new RobotAddress(spec.substring(0, colon), port(spec.substring(colon + 1), spec));
    }

    private static int port(String digits, String spec) {
        try {
            int port = Integer.parseInt(digits);
            if (port >= 1 && port <= MAX_PORT) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidCommandException("error.address", spec);
    }
}
