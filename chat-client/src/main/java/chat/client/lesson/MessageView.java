package chat.client.lesson;

import chat.core.frame.Frame;

/**
 * One chat message to display, ours or someone else's.
 *
 * @param own        true for what we said
 * @param isPrivate  true for a whisper
 * @param address    the sender's IP address (may be empty for our own lines before WELCOME)
 * @param nick       the sender's nick
 * @param timeMillis when it was said (server time for received messages)
 * @param text       the text, unsanitised
 */
public record MessageView(boolean own, boolean isPrivate, String address, String nick, long timeMillis,
                          String text) {

    /** A message received from the server. */
    public static MessageView received(Frame.Message message) {
        return new MessageView(false, message.isPrivate(), message.address(), message.nick(),
                message.serverTimeMillis(), message.text());
    }

    /** Something we said to the room. */
    public static MessageView ownSay(String address, String nick, long timeMillis, String text) {
        return new MessageView(true, false, address, nick, timeMillis, text);
    }
}
