package chat.client.session;

import chat.client.console.ConsoleOutput;
import chat.core.frame.Frame;

/**
 * Handles frames the chat session does not render itself (images, later extensions).
 * Called on the link thread, in arrival order, before the session's own rendering.
 */
@FunctionalInterface
public interface IncomingFrameHandler {

    /** Returns true when {@code frame} was handled here and the session must not render it. */
    boolean handle(Frame frame, ConsoleOutput out);
}
