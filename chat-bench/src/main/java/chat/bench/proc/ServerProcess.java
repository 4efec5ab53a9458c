package chat.bench.proc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test running as its own process on 127.0.0.1, so its memory can be read from
 * {@code /proc}: started, waited for until it accepts connections, and stopped (SIGTERM, then
 * SIGKILL after a grace period).
 */
public final class ServerProcess implements AutoCloseable {
    private static final long READY_TIMEOUT_MILLIS = 20_000;
    private static final long STOP_GRACE_MILLIS = 5_000;
    private static final int CONNECT_TIMEOUT_MILLIS = 200;
    private static final long RETRY_MILLIS = 50;

    private final String name;
    private final Process process;
    private final InetSocketAddress address;

    private ServerProcess(String name, Process process, InetSocketAddress address) {
        this.name = name;
        this.process = process;
        this.address = address;
    }

    /** Starts {@code command} (output to {@code log}) and waits until {@code port} on 127.0.0.1 accepts. */
    public static ServerProcess start(String name, List<String> command, int port, Path log)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        ServerProcess server = new ServerProcess(name, p, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server.awaitReady(log);
        return server;
    }

    /** A port on 127.0.0.1 that was free a moment ago. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with status " + process.exitValue() + " (see " + log + ")");
            }
            try (Socket s = new Socket()) {
                s.connect(address, CONNECT_TIMEOUT_MILLIS);
                return;
            } catch (IOException notYet) {
                process.waitFor(RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IOException(name + " did not accept connections within " + READY_TIMEOUT_MILLIS + " ms (see " + log + ")");
    }

    public InetSocketAddress address() {
        return address;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ProcStatus memory() throws IOException {
        return ProcStatus.read(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
