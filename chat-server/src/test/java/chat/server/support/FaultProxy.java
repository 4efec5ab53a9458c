package chat.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy for fault injection, placed between real clients and the server on loopback:
 * it can forward byte by byte (each its own write), delay every chunk, freeze (stop
 * forwarding but keep the sockets open, like a cable pulled out), and cut every connection
 * with a reset. Two threads per proxied connection; for tests only.
 */
public final class FaultProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final List<Pair> pairs = new CopyOnWriteArrayList<>();
    private volatile boolean singleBytes;
    private volatile long delayMillis;
    private volatile boolean frozen;

    private FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to the server on 127.0.0.1:{@code targetPort}, forwarding faithfully until told otherwise. */
    public static FaultProxy to(int targetPort) throws IOException {
        return new FaultProxy(targetPort);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Forwards every byte in a write of its own (both directions). */
    public FaultProxy fragmentToSingleBytes(boolean on) {
        this.singleBytes = on;
        return this;
    }

    /** Holds every chunk this long before forwarding it (both directions). */
    public FaultProxy delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Stops forwarding anything, leaving every socket open: the peers see silence, not a close. */
    public void freeze() {
        this.frozen = true;
    }

    /** Resets every proxied connection on both sides at once. */
    public void cutAll() {
        for (Pair pair : pairs) {
            pair.cut();
        }
    }

    /** Proxied connections not yet closed. */
    public int openConnections() {
        return (int) pairs.stream().filter(p -> !p.client.isClosed()).count();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAll();
        frozen = false;
    }

    private void acceptLoop() {
        try {
            while (true) {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                server.connect(new InetSocketAddress("127.0.0.1", targetPort), 5_000);
                Pair pair = new Pair(client, server);
                pairs.add(pair);
                pump(client, server, "up");
                pump(server, client, "down");
            }
        } catch (IOException e) {
            // the proxy was closed
        }
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                while (true) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        to.shutdownOutput();
                        return;
                    }
                    if (delayMillis > 0) {
                        Thread.sleep(delayMillis); // the injected fault itself, not synchronisation
                    }
                    while (frozen) {
                        Thread.sleep(50);
                    }
                    if (singleBytes) {
                        for (int i = 0; i < n; i++) {
                            out.write(buffer[i]);
                            out.flush();
                        }
                    } else {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "fault-proxy-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** One proxied connection: the client's socket and the one to the server. */
    private record Pair(Socket client, Socket server) {
        void cut() {
            for (Socket s : List.of(client, server)) {
                try {
                    s.setSoLinger(true, 0);
                } catch (IOException ignored) {
                    // closing anyway
                }
                closeQuietly(s);
            }
        }
    }
}
