package chat.client.net;

import chat.core.protocol.Protocol;

/**
 * A server address as typed: {@code HOST}, {@code HOST:PORT}, {@code [IPv6]} or {@code [IPv6]:PORT};
 * a bare IPv6 address without brackets is taken whole, with the default port.
 */
public record HostPort(String host, int port) {
    private static final int MAX_PORT = 65_535;

    public HostPort {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("empty host");
        }
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Parses {@code text}; a missing port is {@code defaultPort}. */
    public static HostPort parse(String text, int defaultPort) {
        String value = text.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ']' in " + text);
            }
            String host = value.substring(1, close);
            String after = value.substring(close + 1);
            if (after.isEmpty()) {
                return new HostPort(host, defaultPort);
            }
            if (!after.startsWith(":")) {
                throw new IllegalArgumentException("unexpected text after ']' in " + text);
            }
            return new HostPort(host, port(after.substring(1), text));
        }
        int colon = value.indexOf(':');
        if (colon < 0 || value.indexOf(':', colon + 1) >= 0) {
            return new HostPort(value, defaultPort);
        }
        return new HostPort(value.substring(0, colon), port(value.substring(colon + 1), text));
    }

    public static HostPort parse(String text) {
        return parse(text, Protocol.DEFAULT_PORT);
    }

    private static int port(String digits, String text) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + text);
        }
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
