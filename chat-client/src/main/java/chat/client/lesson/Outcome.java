package chat.client.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * What running a classroom command or typed line produced: lines to tell the user, problems to
 * show, and texts to say to the room, in order.
 */
public record Outcome(List<String> info, List<String> problems, List<String> toSend) {

    public Outcome {
        info = List.copyOf(info);
        problems = List.copyOf(problems);
        toSend = List.copyOf(toSend);
    }

    /** Nothing to do. */
    public static Outcome none() {
        return new Outcome(List.of(), List.of(), List.of());
    }

    /** Collects an outcome step by step. */
    static final class Builder {
        private final List<String> info = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> toSend = new ArrayList<>();

        Builder info(String line) {
            info.add(line);
            return this;
        }

        Builder problem(String line) {
            problems.add(line);
            return this;
        }

        Builder send(String text) {
            toSend.add(text);
            return this;
        }

        Outcome build() {
            return new Outcome(info, problems, toSend);
        }
    }
}
