package chat.client.console;

import chat.client.command.CommandName;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;
import java.util.function.Supplier;

/** Tab completion: command names for the first word, nicks after {@code /msg} and in ordinary text. */
public final class ChatCompleter implements Completer {
    private static final String SLASH = "/";
    private final Supplier<List<String>> nicks;

    public ChatCompleter(Supplier<List<String>> nicks) {
        this.nicks = nicks;
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
