package chat.server.support;

import chat.server.cli.ServerCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code chat server} in a JVM of its own, on 127.0.0.1 at a free port, for tests that need what an
 * in-process server cannot give: its own heap size, a descriptor limit, a SIGKILL. Keeps its log lines.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Queue<String> log = new ConcurrentLinkedQueue<>();
    private final int port;

    private ServerProcess(Process process) throws IOException {
        this.process = process;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int found = -1;
        for (String line = out.readLine(); line != null && found < 0; line = out.readLine()) {
            log.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                found = Integer.parseInt(m.group(1));
            }
        }
        if (found < 0) {
            throw new AssertionError("the server exited before listening: " + log);
        }
        port = found;
        Thread reader = new Thread(() -> out.lines().forEach(log::add), "server-log");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the server with {@code jvmOptions}, optionally under {@code ulimit -n descriptorLimit}
     * (0 for none); returns once it listens.
     */
    public static ServerProcess start(List<String> jvmOptions, int descriptorLimit) throws IOException {
        List<String> command = new ArrayList<>();
        if (descriptorLimit > 0) {
            command.addAll(List.of("bash", "-c", "ulimit -n " + descriptorLimit + " && exec \"$0\" \"$@\""));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerCommand.class.getName(),
                "--port", "0", "--bind", "127.0.0.1"));
        return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Every line the server has logged so far. */
    public List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
