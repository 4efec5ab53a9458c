package chat.client.session;

import chat.client.command.Command;

/**
 * Runs commands the chat session does not run itself (images, the tank). Called on the console
 * thread, so a handler may take over the terminal for a while (the tank's driving mode).
 */
@FunctionalInterface
public interface CommandHandler {

    /** Returns true when {@code command} was run here. */
    boolean handle(Command command);
}
