package chat.server.log;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where the server writes one line per event (listening, joins, leaves, errors). */
public interface EventLog {

    void info(String line);

    void warn(String line);

    /** Lines to a stream, each stamped with the UTC time: the headless server logs to stderr. */
    static EventLog to(PrintStream stream) {
        return new EventLog() {
            @Override
            public void info(String line) {
                stream.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
            }

            @Override
            public void warn(String line) {
                stream.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " WARN " + line);
            }
        };
    }

    /** Discards everything: for an embedded server and for tests. */
    static EventLog silent() {
        return new EventLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }
        };
    }
}
