package chat.tank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Keeps every line {@link TankCommands} reports, for tests. */
final class RecordingOutput implements TankOutput {
    final BlockingQueue<String> infos = new LinkedBlockingQueue<>();
    final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    final BlockingQueue<String> statuses = new LinkedBlockingQueue<>();

    @Override
    public void info(String text) {
        infos.add(text);
    }

    @Override
    public void error(String text) {
        errors.add(text);
    }

    @Override
    public void status(String text) {
        statuses.add(text);
    }

    /** The next line of {@code queue}, failing the test when none comes in time. */
    static String next(BlockingQueue<String> queue) throws InterruptedException {
        String text = queue.poll(5, TimeUnit.SECONDS);
        assertThat(text).as("a reported line").isNotNull();
        return text;
    }
}
