package chat.core.line;

import java.nio.ByteBuffer;

/** Receives what a {@link LineDecoder} finds. */
public interface LineHandler {

    /**
     * One line without its {@code \n} and trailing {@code \r}; valid only during this call.
     *
     * @return true to go on decoding, false to stop (e.g. after {@code /quit})
     */
    boolean onLine(ByteBuffer line);

    /** A line grew past the limit; its bytes up to the next newline are discarded. Called once per such line. */
    void onOverlongLine();
}
