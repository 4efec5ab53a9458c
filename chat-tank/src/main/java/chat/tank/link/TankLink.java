package chat.tank.link;

import chat.tank.TankSettings;
import chat.tank.command.TankCommand;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The client side of the robot's raw TCP link: connects, sends validated commands one write each, keeps
 * the link alive with a heartbeat on its own scheduled thread, reads the robot's concatenated JSON replies
 * on a reader thread, and always says {@code disconnect} before closing (explicit disconnect, {@link #close()},
 * JVM shutdown). One connection at a time; after any end, {@link #connect} may be called again.
 */
public final class TankLink implements AutoCloseable {
    /** How long a polite disconnect waits for the robot to close its side before closing ours. */
    private static final long DISCONNECT_GRACE_MILLIS = 300;

    private final TankSettings settings;
    private final TankLinkListener listener;
    private final ScheduledExecutorService heartbeatTimer;
    private final Object lifecycle = new Object();
    private RobotSession session;
    private Thread shutdownHook;
    private String lastAddress = "";
    private volatile Instant lastAlive;
    private volatile Double lastDistance;
    private volatile Duration roundTrip;

    public TankLink(TankSettings settings, TankLinkListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.heartbeatTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tank-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens a connection, starts the reader and the heartbeat. A connection already open is first
     * closed politely.
     *
     * @throws IOException when the robot cannot be reached
     */
    public void connect(String host, int port) throws IOException {
        disconnect();
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) settings.connectTimeout().toMillis());
            refuseSelfConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        RobotSession opened = new RobotSession(socket, host + ":" + port);
        synchronized (lifecycle) {
            session = opened;
            lastAddress = opened.address();
            lastAlive = null;
            lastDistance = null;
            roundTrip = null;
            shutdownHook = new Thread(this::disconnect, "tank-disconnect-on-exit");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        Thread reader = new Thread(() -> readReplies(opened), "tank-reader");
        reader.setDaemon(true);
        reader.start();
        long periodMillis = settings.heartbeatInterval().toMillis();
        opened.heartbeat(heartbeatTimer.scheduleAtFixedRate(() -> beat(opened), 0, periodMillis,
                TimeUnit.MILLISECONDS));
    }

    /**
     * On loopback, connecting to a port nobody listens on can pick that same port as the local one and
     * connect the socket to itself (TCP simultaneous open); that is no robot.
     */
    private static void refuseSelfConnection(Socket socket) throws ConnectException {
        if (socket.getLocalPort() == socket.getPort() && socket.getLocalAddress().equals(socket.getInetAddress())) {
            throw new ConnectException("connection refused (no robot listening)");
        }
    }

    /** Sends one command in one write. */
    public void send(TankCommand command) throws IOException {
        RobotSession current = current();
        if (current == null) {
            throw new NotConnectedException();
        }
        try {
            current.send(command);
        } catch (IOException e) {
            fail(current, CloseCause.ERROR, e.getMessage());
            throw e;
        }
    }

    /** True while a connection is open. */
    public boolean isConnected() {
        return current() != null;
    }

    /** Sends {@code disconnect}, waits briefly for the robot to close, then closes. Does nothing when not connected. */
    public void disconnect() {
        RobotSession current;
        synchronized (lifecycle) {
            current = session;
            if (current == null) {
                return;
            }
            current.markClosingByUs();
        }
        try {
            current.send(new TankCommand.Disconnect());
            current.socket().shutdownOutput();
            current.awaitRobotClose(DISCONNECT_GRACE_MILLIS);
        } catch (IOException e) {
            // the robot is already gone; closing is all that is left
        }
        end(current);
    }

    /** Disconnects politely and stops the heartbeat thread; the link cannot be used afterwards. */
    @Override
    public void close() {
        disconnect();
        heartbeatTimer.shutdownNow();
    }

    /** The link's state now. */
    public TankStatus status() {
        RobotSession current;
        String address;
        synchronized (lifecycle) {
            current = session;
            address = lastAddress;
        }
        Double distance = lastDistance;
        return new TankStatus(current != null, address,
                Optional.ofNullable(lastAlive),
                distance == null ? OptionalDouble.empty() : OptionalDouble.of(distance),
                Optional.ofNullable(roundTrip),
                current == null ? 0 : current.keepAlivesSent(),
                current == null ? 0 : current.alivesReceived());
    }

    /** The shutdown hook of the open connection, or null; exposed so the exit path can be tested without exiting. */
    Thread shutdownHook() {
        synchronized (lifecycle) {
            return shutdownHook;
        }
    }

    private RobotSession current() {
        synchronized (lifecycle) {
            return session;
        }
    }

    private void beat(RobotSession owner) {
        try {
            owner.send(new TankCommand.KeepAlive(settings.keepAliveName()));
        } catch (IOException e) {
            fail(owner, CloseCause.ERROR, e.getMessage());
        }
    }

    private void readReplies(RobotSession owner) {
        try (InputStream in = owner.socket().getInputStream()) {
            ReplyReader.readAll(in, reply -> handle(owner, reply));
            fail(owner, CloseCause.END_OF_STREAM, "");
        } catch (IOException | RuntimeException e) {
            fail(owner, CloseCause.ERROR, String.valueOf(e.getMessage()));
        } finally {
            owner.readerFinished();
        }
    }

    private void handle(RobotSession owner, RobotReply reply) {
        switch (reply.cmd()) {
            case RobotReply.ALIVE -> {
                lastAlive = Instant.now();
                long nanos = owner.aliveReceived(System.nanoTime());
                if (nanos >= 0) {
                    roundTrip = Duration.ofNanos(nanos);
                }
            }
            case RobotReply.DISTANCE -> reply.distance().ifPresent(cm -> lastDistance = cm);
            default -> {
                // other replies carry no state of the link
            }
        }
        if (!owner.closingByUs()) {
            listener.onReply(reply);
        }
        if (RobotReply.DISCONNECT.equals(reply.cmd())) {
            fail(owner, CloseCause.ROBOT_DISCONNECT, "");
        }
    }

    /** Ends a connection that the robot or the network ended; reports it unless we were closing it anyway. */
    private void fail(RobotSession owner, CloseCause cause, String detail) {
        if (cause == CloseCause.ERROR && !owner.closingByUs()) {
            sayDisconnect(owner);
        }
        boolean wasCurrent = end(owner);
        if (wasCurrent && !owner.closingByUs()) {
            listener.onClosed(cause, detail == null ? "" : detail);
        }
    }

    /** On an error with the socket possibly still open, tells the robot to stop before we close. */
    private static void sayDisconnect(RobotSession owner) {
        try {
            owner.send(new TankCommand.Disconnect());
        } catch (IOException e) {
            // the connection is broken; the robot will time out on its own
        }
    }

    private boolean end(RobotSession owner) {
        Thread hook;
        synchronized (lifecycle) {
            if (session != owner) {
                owner.close();
                return false;
            }
            session = null;
            hook = shutdownHook;
            shutdownHook = null;
        }
        owner.close();
        removeShutdownHook(hook);
        return true;
    }

    private static void removeShutdownHook(Thread hook) {
        if (hook == null || hook == Thread.currentThread()) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
    }
}
