package chat.tank.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A simulator on 127.0.0.1 with an ephemeral port, recording its events and its printed lines. */
public final class SimulatorFixture implements AutoCloseable {
    /** Longest wait for any expected event. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private final BlockingQueue<SimEvent> events = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final TankSimulator simulator;

    private SimulatorFixture(SimulatorSettings settings) throws IOException {
        simulator = new TankSimulator(settings,
                new PrintStream(printed, true, StandardCharsets.UTF_8), events::add);
        simulator.start();
    }

    /** A simulator that drops silent clients after {@code silenceTimeout}. */
    public static SimulatorFixture start(Duration silenceTimeout) throws IOException {
        return new SimulatorFixture(SimulatorSettings.forTests(silenceTimeout));
    }

    /** A simulator with its own settings (use port 0 and 127.0.0.1). */
    public static SimulatorFixture start(SimulatorSettings settings) throws IOException {
        return new SimulatorFixture(settings);
    }

    public int port() {
        return simulator.port();
    }

    /** The next event, failing the test if none comes in time. */
    public SimEvent next() throws InterruptedException {
        SimEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("an event from the simulator within %s", WAIT).isNotNull();
        return event;
    }

    /** The next event of {@code kind}, skipping others. */
    public SimEvent next(SimEvent.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            SimEvent event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.kind() == kind) {
                return event;
            }
        }
        throw new AssertionError("no " + kind + " event within " + WAIT);
    }

    /** The next command's exact JSON that is not a keep-alive; fails on a fault or timeout on the way. */
    public String nextCommand() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            SimEvent event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                break;
            }
            assertThat(event.kind()).as("event %s", event)
                    .isNotIn(SimEvent.Kind.FAULT, SimEvent.Kind.TIMEOUT);
            if (event.kind() == SimEvent.Kind.COMMAND && !event.text().contains("heartbeat")) {
                return event.text();
            }
        }
        throw new AssertionError("no command within " + WAIT);
    }

    /** Every event received so far, removed from the queue. */
    public java.util.List<SimEvent> drain() {
        java.util.List<SimEvent> all = new java.util.ArrayList<>();
        events.drainTo(all);
        return all;
    }

    /** Everything the simulator printed so far. */
    public String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
