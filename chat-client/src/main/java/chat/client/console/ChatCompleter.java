package chat.client.console;

import chat.client.command.CommandName;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Tab completion: command names for the first word, nicks after {@code /msg} and in ordinary
 * text, and whatever a command registers for its arguments (file paths after {@code /image}).
 */
public final class ChatCompleter implements Completer {
    private static final String SLASH = "/";
    private final Supplier<List<String>> nicks;
    private final Map<CommandName, Completer> arguments = new ConcurrentHashMap<>();

    public ChatCompleter(Supplier<List<String>> nicks) {
        this.nicks = nicks;
    }

    /** Completes the arguments of {@code command} with {@code completer}. */
    public void arguments(CommandName command, Completer completer) {
        arguments.put(command, completer);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0 && line.word().startsWith(SLASH)) {
            for (CommandName name : CommandName.values()) {
                candidates.add(new Candidate(SLASH + name.primary()));
                for (String alias : name.aliases()) {
                    candidates.add(new Candidate(SLASH + alias));
                }
            }
            return;
        }
        List<String> words = line.words();
        boolean firstIsCommand = !words.isEmpty() && words.get(0).startsWith(SLASH);
        if (firstIsCommand && line.wordIndex() >= 1) {
            CommandName command = CommandName.lookup(words.get(0).substring(SLASH.length()));
            Completer completer = command == null ? null : arguments.get(command);
            if (completer != null) {
                completer.complete(reader, line, candidates);
                return;
            }
        }
        boolean nickArgument = firstIsCommand && line.wordIndex() == 1 && isMsg(words.get(0));
        if (!firstIsCommand || nickArgument) {
            for (String nick : nicks.get()) {
                candidates.add(new Candidate(nick));
            }
        }
    }

    private static boolean isMsg(String word) {
        return CommandName.lookup(word.substring(SLASH.length())) == CommandName.MSG;
    }
}
