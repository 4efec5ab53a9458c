package chat.core.line;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static chat.core.line.RecordingLineHandler.OVERLONG;

/** Test oracle: the line events the protocol prescribes for a stream, computed without the decoder. */
final class LineModel {

    private LineModel() {
    }

    /**
     * Each line without its newline and one trailing CR, or OVERLONG in its place when longer than
     * {@code maxLine} bytes; an unfinished last line is reported as soon as it cannot fit even with a CR.
     */
    static List<String> expectedEvents(byte[] stream, int maxLine) {
        List<String> events = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < stream.length; i++) {
            if (stream[i] == '\n') {
                int end = i > start && stream[i - 1] == '\r' ? i - 1 : i;
                events.add(end - start > maxLine ? OVERLONG
                        : new String(stream, start, end - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (stream.length - start > maxLine + 1) {
            events.add(OVERLONG);
        }
        return events;
    }
}
