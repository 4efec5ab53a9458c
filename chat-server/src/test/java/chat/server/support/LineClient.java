package chat.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A test-side line-mode client over a plain {@link Socket}, like {@code nc}: a reader thread
 * splits what the server sends into lines (CRLF or LF, decoded as UTF-8) and queues them.
 */
public final class LineClient implements AutoCloseable {
    private static final String WELCOME = "*** Welcome! You are ";
    private static final String WELCOME_END = "*** Type a line";
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile boolean closedByPeer;
    private String nick;

    private LineClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        Thread reader = new Thread(this::readLoop, "test-line-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects without sending anything (the server detects line mode after 500 ms of silence). */
    public static LineClient connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return new LineClient(socket);
    }

    /** Connects, sends an empty line (which joins at once and says nothing) and waits for the welcome. */
    public static LineClient join(int port) throws IOException {
        LineClient client = connect(port);
        client.send("\n");
        client.awaitWelcome();
        return client;
    }

    /** Waits for the welcome lines (the last one says how to talk), notes the nick they give, returns them. */
    public List<String> awaitWelcome() {
        String welcome = nextLine(l -> l.startsWith(WELCOME), "the welcome line");
        nick = welcome.substring(WELCOME.length(), welcome.indexOf(' ', WELCOME.length()));
        List<String> all = new ArrayList<>(List.of(welcome));
        while (!all.get(all.size() - 1).startsWith(WELCOME_END)) {
            all.add(nextLine());
        }
        return all;
    }

    /** The nick the welcome line gave (null before it). */
    public String nick() {
        return nick;
    }

    /** Sends the text's UTF-8 bytes in one write, exactly as given (add {@code \n} yourself). */
    public void send(String text) throws IOException {
        sendRaw(text.getBytes(StandardCharsets.UTF_8));
    }

    public synchronized void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Skips lines until one matching {@code wanted}. */
    public String nextLine(Predicate<String> wanted, String what) {
        long deadline = System.nanoTime() + FramedClient.WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line;
            try {
                line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            if (line == null) {
                throw new AssertionError("no " + what + " within " + FramedClient.WAIT.toSeconds() + " s"
                        + (closedByPeer ? " (the server closed the connection)" : ""));
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Skips lines until one that starts with {@code prefix}. */
    public String nextLineStartingWith(String prefix) {
        return nextLine(l -> l.startsWith(prefix), "a line starting with '" + prefix + "'");
    }

    /** The next line, whatever it is. */
    public String nextLine() {
        return nextLine(l -> true, "any line");
    }

    public List<String> drain() {
        List<String> all = new ArrayList<>();
        lines.drainTo(all);
        return all;
    }

    public boolean isClosedByPeer() {
        return closedByPeer;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    private void readLoop() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        byte[] bytes = line.toByteArray();
                        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                        lines.add(new String(bytes, 0, length, StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }
        } catch (IOException e) {
            // the connection is gone
        } finally {
            closedByPeer = true;
        }
    }
}
