package chat.tank.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A stand-in for the Mini-Tank robot's network program, behaving as the robot does: one client at a time
 * (others wait in the listen backlog), {@code {"cmd" : "connection"}} on connect, reads of up to 1024 bytes
 * cut at every {@code }}, {@code {"cmd" : "disconnect"}} and close after the silence timeout, {@code alive}
 * then {@code distance} (a string) in answer to the keep-alive, and the client dropped on input that would
 * crash the robot. Prints one line per command with the track power the robot would apply.
 */
public final class TankSimulator implements AutoCloseable {
    static final String CONNECTION = "{\"cmd\" : \"connection\"}";
    static final String DISCONNECT = "{\"cmd\" : \"disconnect\"}";
    /** The robot reads its socket in chunks of this size. */
    static final int READ_SIZE = 1024;
    private static final int BACKLOG = 5;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final SimulatorSettings settings;
    private final PrintStream out;
    private final Consumer<SimEvent> listener;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** How long {@link #close()} waits for the serving thread, so the port is really free afterwards. */
    private static final long STOP_WAIT_MILLIS = 2_000;

    private volatile ServerSocket server;
    private volatile Thread serving;
    private volatile Socket client;
    private volatile boolean closed;

    /**
     * @param settings where to listen and how to behave
     * @param out      where the one-line reports go (standard output for the command)
     * @param listener observer of every event, called on the simulator's thread (tests queue them)
     */
    public TankSimulator(SimulatorSettings settings, PrintStream out, Consumer<SimEvent> listener) {
        this.settings = settings;
        this.out = out;
        this.listener = listener;
    }

    /** Binds and starts serving on a daemon thread. */
    public void start() throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getByName(settings.bind()), settings.port()), BACKLOG);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        server = socket;
        Thread thread = new Thread(this::serveForever, "tank-sim");
        thread.setDaemon(true);
        serving = thread;
        thread.start();
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getLocalPort();
    }

    /** Blocks until the simulator is closed. */
    public void awaitClosed() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops listening and drops the current client; returns once the serving thread has ended (a thread
     * blocked in accept keeps the listening socket alive until it wakes up).
     */
    @Override
    public void close() {
        closed = true;
        closeQuietly(client);
        ServerSocket socket = server;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        Thread thread = serving;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped.countDown();
    }

    private void serveForever() {
        try {
            while (!closed) {
                Socket accepted = server.accept();
                client = accepted;
                try {
                    serve(accepted);
                } finally {
                    closeQuietly(accepted);
                    client = null;
                }
            }
        } catch (IOException e) {
            if (!closed) {
                print("!! the simulator stopped listening: " + e.getMessage());
            }
        } finally {
            stopped.countDown();
        }
    }

    private void serve(Socket socket) throws IOException {
        String address = socket.getRemoteSocketAddress().toString();
        socket.setSoTimeout((int) settings.silenceTimeout().toMillis());
        socket.setTcpNoDelay(true);
        print("client connected from " + address);
        emit(SimEvent.Kind.CLIENT_CONNECTED, address);
        OutputStream output = socket.getOutputStream();
        InputStream input = socket.getInputStream();
        RobotProgram program = new RobotProgram(settings.keepAliveNames(), settings.seed(), System.nanoTime());
        try {
            send(output, CONNECTION);
            byte[] buffer = new byte[READ_SIZE];
            boolean open = true;
            while (open && !closed) {
                int count = readOrTimeOut(input, output, buffer);
                if (count < 0) {
                    clientLeft(program, count);
                    return;
                }
                open = handleRead(buffer, count, program, output);
            }
        } catch (SocketException e) {
            if (!closed) {
                print("client connection broke: " + e.getMessage() + "; motors keep " + program.wheels());
                emit(SimEvent.Kind.CLIENT_LEFT, String.valueOf(e.getMessage()));
            }
        }
    }

    /** Reads once; on silence sends {@code disconnect} and returns -2; at end of stream -1. */
    private int readOrTimeOut(InputStream input, OutputStream output, byte[] buffer) throws IOException {
        try {
            return input.read(buffer);
        } catch (SocketTimeoutException e) {
            print("!! no bytes for " + settings.silenceTimeout().toMillis()
                    + " ms: heartbeat lost, sending disconnect and closing");
            send(output, DISCONNECT);
            emit(SimEvent.Kind.TIMEOUT, "");
            return -2;
        }
    }

    private void clientLeft(RobotProgram program, int count) {
        if (count == -1) {
            print("!! client closed without \"disconnect\": the real robot keeps its last motor command ("
                    + program.wheels() + ")");
            emit(SimEvent.Kind.CLIENT_LEFT, "");
        }
    }

    /** Handles one read; returns false when the connection must close. */
    private boolean handleRead(byte[] buffer, int count, RobotProgram program, OutputStream output)
            throws IOException {
        String text;
        try {
            text = decode(buffer, count);
        } catch (CharacterCodingException e) {
            return fault("a read of " + count + " bytes is not valid UTF-8 (a character split across reads?)");
        }
        CommandCutter.Cut cut = CommandCutter.cut(text);
        for (String piece : cut.pieces()) {
            emit(SimEvent.Kind.COMMAND, piece.strip());
            RobotProgram.Outcome outcome;
            try {
                outcome = program.execute(piece, System.nanoTime());
            } catch (RobotFault e) {
                return fault(e.getMessage());
            }
            if (!outcome.keepAlive() || settings.showKeepAlives()) {
                print(outcome.line());
            }
            if (!outcome.reply().isEmpty()) {
                send(output, outcome.reply());
            }
            if (outcome.next() == RobotProgram.Next.CLOSE) {
                emit(SimEvent.Kind.CLIENT_DISCONNECTED, "");
                return false;
            }
        }
        if (!cut.remainder().isBlank()) {
            return fault("incomplete command " + cut.remainder().strip()
                    + " (no closing brace in this read: send each command in one write)");
        }
        return true;
    }

    private boolean fault(String message) {
        print("!! " + message + " -- the real robot would crash or drop you; closing the connection");
        emit(SimEvent.Kind.FAULT, message);
        return false;
    }

    private static String decode(byte[] buffer, int count) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(buffer, 0, count));
        return chars.toString();
    }

    private static void send(OutputStream output, String text) throws IOException {
        output.write(text.getBytes(StandardCharsets.UTF_8));
        output.flush();
    }

    private void emit(SimEvent.Kind kind, String text) {
        listener.accept(new SimEvent(kind, text));
    }

    private void print(String line) {
        out.println(LocalTime.now().format(CLOCK) + " " + line);
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
