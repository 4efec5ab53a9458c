package chat.client.net;

import chat.core.frame.Frame;

/**
 * What the link reports, called on the link's own thread, in order. Implementations must not
 * block for long: the link reads nothing while a call runs.
 */
public interface LinkListener {

    /** A connection attempt starts ({@code attempt} counts from 1 since the last success). */
    void connecting(HostPort server, int attempt);

    /** The server accepted our HELLO; the room state already holds what it says. */
    void welcomed(Frame.Welcome welcome);

    /**
     * Any frame after WELCOME (PING is answered by the link and not reported). The room state has
     * already been updated from it.
     */
    void received(Frame frame);

    /** The connection was lost or could not be made; {@code wasJoined} is true if it had been welcomed. */
    void disconnected(String reason, boolean wasJoined);

    /** The link will try again in {@code delayMillis}. */
    void reconnectingIn(long delayMillis);

    /** The server refused us for good (e.g. {@code auth_failed}): the link stops. */
    void refused(Frame.Error error);

    /** The link has stopped (closed by us, or refused): no more calls follow. */
    void stopped();

    /** A frame could not be handled and was skipped; the link goes on. */
    default void frameFailed(Frame frame, RuntimeException failure) {
    }
}
