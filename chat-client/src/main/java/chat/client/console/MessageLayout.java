package chat.client.console;

import chat.core.frame.Frame;
import org.jline.utils.AttributedString;

import java.util.List;

/** Lays out chat messages in place of the renderer's built-in {@code IP nick: text} (the display formats). */
public interface MessageLayout {

    /** The lines for a message received from the room. */
    List<AttributedString> received(Frame.Message message);

    /** The lines for what we said to the room. */
    List<AttributedString> own(String nick, String text);
}
