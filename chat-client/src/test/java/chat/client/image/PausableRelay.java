package chat.client.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 between one client and the chat server whose client-to-server direction can be
 * paused: while paused it reads nothing, so the client's socket fills up and its writer blocks mid-upload,
 * as over a slow network. Server-to-client bytes always flow.
 */
final class PausableRelay implements AutoCloseable {
    /** Small buffers, so a paused relay stops the client within a few chunks of an image. */
    private static final int SMALL_BUFFER = 16 * 1024;

    private final ServerSocket listener;
    private final int serverPort;
    private final Object gate = new Object();
    private final AtomicLong forwarded = new AtomicLong();
    private boolean paused;
    /** Forwarded-byte count at which the relay pauses by itself; -1 for none. */
    private long pauseAt = -1;
    private volatile Socket client;
    private volatile Socket server;

    PausableRelay(int serverPort) throws IOException {
        this.serverPort = serverPort;
        listener = new ServerSocket();
        listener.setReceiveBufferSize(SMALL_BUFFER);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptOne, "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Bytes passed from the client to the server so far. */
    long forwarded() {
        return forwarded.get();
    }

    void pause() {
        synchronized (gate) {
            paused = true;
        }
    }

    /** Lets about {@code bytes} more through (a read's worth over at most), then pauses. */
    void pauseAfter(long bytes) {
        synchronized (gate) {
            pauseAt = forwarded.get() + bytes;
        }
    }

    void resume() {
        synchronized (gate) {
            paused = false;
            pauseAt = -1;
            gate.notifyAll();
        }
    }

    private void acceptOne() {
        try {
            Socket in = listener.accept();
            Socket out = new Socket();
            out.setTcpNoDelay(true);
            out.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort));
            client = in;
            server = out;
            start(() -> pump(out.getInputStream(), in.getOutputStream(), false), "relay-down");
            pump(in.getInputStream(), out.getOutputStream(), true);
        } catch (IOException | InterruptedException e) {
            // closed by the test
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private interface Pump {
        void run() throws IOException, InterruptedException;
    }

    private static void start(Pump pump, String name) {
        Thread thread = new Thread(() -> {
            try {
                pump.run();
            } catch (IOException | InterruptedException e) {
                // closed by the test
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(InputStream from, OutputStream to, boolean gated) throws IOException, InterruptedException {
        byte[] buffer = new byte[SMALL_BUFFER];
        while (true) {
            if (gated) {
                synchronized (gate) {
                    while (paused || (pauseAt >= 0 && forwarded.get() >= pauseAt)) {
                        gate.wait();
                    }
                }
            }
            int n = from.read(buffer);
            if (n < 0) {
                return;
            }
            to.write(buffer, 0, n);
            to.flush();
            if (gated) {
                forwarded.addAndGet(n);
            }
        }
    }

    @Override
    public void close() throws IOException {
        resume();
        listener.close();
        closeQuietly(client);
        closeQuietly(server);
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
