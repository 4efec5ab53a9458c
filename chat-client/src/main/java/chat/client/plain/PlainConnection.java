package chat.client.plain;

import chat.client.net.HostPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A TCP connection to a plain text server (a student's Python server, {@code ncat --chat}, the
 * lesson's program waiting for a call). Each line is sent as UTF-8 with the chosen ending in one
 * write; received bytes are decoded incrementally and reported line by line, and text without a
 * newline is reported once the input has stayed idle for {@link #IDLE_FLUSH_MILLIS}.
 */
public final class PlainConnection implements AutoCloseable {
    /** Idle time after which text without a newline is shown, as the server's line mode does. */
    public static final int IDLE_FLUSH_MILLIS = 100;
    private static final int READ_BUFFER = 4096;

    private final Socket socket;
    private final OutputStream output;
    private final LineEnding ending;
    private final PlainListener listener;
    private final Thread reader;
    private volatile boolean closed;

    private PlainConnection(Socket socket, LineEnding ending, PlainListener listener) throws IOException {
        this.socket = socket;
        this.output = socket.getOutputStream();
        this.ending = ending;
        this.listener = listener;
        this.reader = new Thread(this::readLoop, "plain-reader");
        this.reader.setDaemon(true);
    }

    /** Connects and starts reading; {@code listener} hears from the reader thread. */
    public static PlainConnection open(HostPort server, LineEnding ending, int connectTimeoutMillis,
                                       PlainListener listener) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(server.host(), server.port()), connectTimeoutMillis);
            socket.setSoTimeout(IDLE_FLUSH_MILLIS);
            socket.setTcpNoDelay(true);
            PlainConnection connection = new PlainConnection(socket, ending, listener);
            connection.reader.start();
            return connection;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends one line with the line ending, in one write. False if the connection is closed. */
    public boolean send(String line) {
        if (closed) {
            return false;
        }
        try {
            synchronized (output) {
                output.write(ending.encode(line));
                output.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Waits for the reader to finish, at most {@code millis}; true if it has. */
    public boolean awaitClosed(long millis) throws InterruptedException {
        reader.join(millis);
        return !reader.isAlive();
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort: the reader stops on the closed socket either way
        }
    }

    private void readLoop() {
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();
        TextAssembler assembler = new TextAssembler();
        byte[] buffer = new byte[READ_BUFFER];
        String reason = "end of stream";
        try {
            InputStream input = socket.getInputStream();
            while (true) {
                int n;
                try {
                    n = input.read(buffer);
                } catch (SocketTimeoutException idle) {
                    report(assembler.flushPartial());
                    continue;
                }
                if (n < 0) {
                    break;
                }
                assembler.add(decoder.decode(buffer, 0, n)).forEach(this::report);
            }
            assembler.add(decoder.finish()).forEach(this::report);
            report(assembler.flushPartial());
        } catch (IOException e) {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // already going away
            }
            listener.closed(reason);
        }
    }

    private void report(String line) {
        if (line != null) {
            listener.line(line);
        }
    }
}
