package chat.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version, from the build-filtered {@code chat/client/version.properties}. */
public final class ClientVersion {
    private static final String RESOURCE = "/chat/client/version.properties";
    private static final String UNKNOWN = "unknown";
    private static final String VERSION = load();

    private ClientVersion() {
    }

    /** The version, e.g. {@code 1.0.0}. */
    public static String version() {
        return VERSION;
    }

    /** What HELLO names this client, e.g. {@code chat-client/1.0.0}. */
    public static String clientName() {
        return "chat-client/" + VERSION;
    }

    private static String load() {
        try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
