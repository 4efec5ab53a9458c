package chat.server.session;

import chat.core.model.LeaveReason;
import chat.server.conn.Connection;

/** What the sessions ask of the event loop. */
public interface ConnectionControl {

    /** Stops reading from {@code connection}, flushes what it is owed (briefly), then closes it. */
    void closeAfterFlush(Connection connection, LeaveReason reason);

    long nowMillis();
}
