package chat.core.line;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: records every line (decoded as UTF-8) and every overlong report, in order. */
final class RecordingLineHandler implements LineHandler {
    static final String OVERLONG = "<overlong>";

    final List<String> events = new ArrayList<>();
    final List<byte[]> rawLines = new ArrayList<>();
    /** The handler answers false once this many lines have been seen; never when negative. */
    private final int stopAfter;

    RecordingLineHandler() {
        this(-1);
    }

    RecordingLineHandler(int stopAfter) {
        this.stopAfter = stopAfter;
    }

    @Override
    public boolean onLine(ByteBuffer line) {
        byte[] bytes = new byte[line.remaining()];
        line.get(bytes);
        rawLines.add(bytes);
        events.add(new String(bytes, StandardCharsets.UTF_8));
        return stopAfter < 0 || rawLines.size() < stopAfter;
    }

    @Override
    public void onOverlongLine() {
        events.add(OVERLONG);
    }
}
