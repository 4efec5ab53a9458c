package chat.tank.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code tank-sim} command: runs the Mini-Tank simulator in the foreground until Ctrl-C. */
@Command(name = "tank-sim", mixinStandardHelpOptions = true, version = "tank-sim 1.0",
        description = {"Simulates the classroom's Mini-Tank robot on a TCP port: same greeting, same 2 s "
                + "timeout, same replies. Prints every command it executes and the track power it would apply."})
public final class TankSimCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "7654", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for the whole network.")
    private String bind;

    @Option(names = "--heartbeat-name", defaultValue = "heartbeat",
            description = "Keep-alive command answered with alive + distance (default: ${DEFAULT-VALUE}); "
                    + "the robot's own spelling 'hearthbeat' is always answered too.")
    private String heartbeatName;

    @Option(names = "--timeout-ms", defaultValue = "2000",
            description = "Silence before the robot drops the client, in ms (default: ${DEFAULT-VALUE}, as the robot).")
    private long timeoutMillis;

    @Option(names = "--show-heartbeats", description = "Also print every answered keep-alive.")
    private boolean showHeartbeats;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        Set<String> names = new LinkedHashSet<>();
        names.add(heartbeatName);
        names.add(SimulatorSettings.ROBOT_KEEP_ALIVE);
        SimulatorSettings settings;
        try {
            settings = new SimulatorSettings(bind, port, Duration.ofMillis(timeoutMillis), names,
                    showHeartbeats, System.nanoTime());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("tank-sim: " + e.getMessage());
            return 2;
        }
        TankSimulator simulator = new TankSimulator(settings, out, event -> { });
        try {
            simulator.start();
        } catch (IOException e) {
            spec.commandLine().getErr().println("tank-sim: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return 1;
        }
        Thread stop = new Thread(simulator::close, "tank-sim-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        out.println("tank-sim listening on " + bind + ":" + simulator.port() + " (keep-alive: "
                + String.join(", ", names) + "; timeout " + timeoutMillis + " ms). Ctrl-C to stop.");
        out.flush();
        simulator.awaitClosed();
        return 0;
    }
}
