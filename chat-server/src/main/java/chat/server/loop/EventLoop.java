package chat.server.loop;

import chat.core.frame.FrameEncoder;
import chat.core.model.LeaveReason;
import chat.core.model.MemberMode;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;
import chat.server.ServerConfig;
import chat.server.conn.AddressText;
import chat.server.conn.Connection;
import chat.server.conn.ConnectionState;
import chat.server.image.ImageRelay;
import chat.server.log.EventLog;
import chat.server.room.Room;
import chat.server.session.ConnectionControl;
import chat.server.session.FramedSession;
import chat.server.session.LineRenderer;
import chat.server.session.LineSession;
import chat.server.session.PasswordCheck;
import chat.server.session.Relay;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;

/**
 * The server's one thread: owns the {@link Selector}, every channel and all room state.
 *
 * <p>Each turn: accept, read (each connection within a read budget), handle what was read,
 * then, just before sleeping, write to every connection that was given bytes (write first:
 * OP_WRITE is registered only for leftovers). Timers run from the same loop. One bad peer
 * is closed inside its own try/catch; the loop never dies of it. Only {@link #requestShutdown}
 * may be called from another thread.
 */
public final class EventLoop implements Runnable, ConnectionControl, ImageRelay.SenderPause {
    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final int ACCEPTS_PER_TURN = 256;
    private static final int GATHER_ROUNDS = 4;
    private static final int PENDING_WRITES_CAPACITY = 4096;
    private static final long FAST_TICK_MILLIS = 20;
    private static final long SLOW_TICK_MILLIS = 250;
    private static final long ACCEPT_BACKOFF_MILLIS = 200;
    /** Connections allowed beyond maxClients while they are still being identified. */
    private static final int PRE_JOIN_SLACK = 256;

    private final ServerConfig config;
    private final EventLog log;
    private final LongSupplier clock;
    private final Selector selector;
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);

    private final Room room;
    private final Relay relay;
    private final ImageRelay images;
    private final FramedSession framed;
    private final LineSession lines;
    private final PasswordCheck password;

    private final Set<Connection> connections = new HashSet<>();
    private final ArrayDeque<Connection> detecting = new ArrayDeque<>();
    private final Set<Connection> pendingLines = new HashSet<>();
    private final ArrayList<Connection> pendingWrites = new ArrayList<>(PENDING_WRITES_CAPACITY);
    private final ArrayList<Connection> overLimit = new ArrayList<>();
    private final ArrayList<Connection> readThisTurn = new ArrayList<>();
    private final Map<String, Integer> connectionsPerAddress = new HashMap<>();
    private final CountDownLatch terminated = new CountDownLatch(1);

    /** Incomplete input held by every connection; with the frame slabs in use, kept under the memory budget. */
    private long heldInputBytes;

    private volatile boolean shutdownRequested;
    private volatile int memberCount;
    private volatile Throwable failure;
    private long shutdownDeadline = -1;
    private long nextSlowTick;
    /** Presence summaries go out at most once a second: not before this time. */
    private long nextPresenceMillis;
    private long acceptPausedUntil = -1;
    private boolean acceptErrorLogged;

    public EventLoop(ServerConfig config, EventLog log, LongSupplier clock) throws IOException {
        this.config = config;
        this.log = log;
        this.clock = clock;
        this.selector = Selector.open();
        this.room = new Room(this::queued);
        this.relay = new Relay(room, config, log, this);
        this.images = new ImageRelay(relay, this);
        this.password = new PasswordCheck(config.password());
        this.framed = new FramedSession(relay, images, this, password);
        this.lines = new LineSession(relay, this, password);
    }

    /** Binds every listen address; call before {@link #run}. */
    public List<InetSocketAddress> bind() throws IOException {
        List<InetSocketAddress> bound = new ArrayList<>();
        try {
            for (InetSocketAddress address : config.listen()) {
                ServerSocketChannel server = ServerSocketChannel.open();
                listeners.add(server);
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                server.bind(address, 1024);
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT);
                bound.add((InetSocketAddress) server.getLocalAddress());
            }
        } catch (IOException e) {
            for (ServerSocketChannel server : listeners) {
                server.close();
            }
            selector.close();
            throw e;
        }
        return bound;
    }

    /** Asks the loop to say goodbye, flush for at most 2 s, close everything and return. Any thread. */
    public void requestShutdown() {
        shutdownRequested = true;
        selector.wakeup();
    }

    public boolean awaitTermination(long millis) throws InterruptedException {
        return terminated.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** What stopped the loop when it did not stop because it was asked to; null otherwise. Any thread. */
    public Throwable failure() {
        return failure;
    }

    /** Members in the room, as last seen by the loop. Any thread. */
    public int memberCount() {
        return memberCount;
    }

    @Override
    public long nowMillis() {
        return clock.getAsLong();
    }

    @Override
    public void run() {
        try {
            nextSlowTick = nowMillis() + SLOW_TICK_MILLIS;
            while (true) {
                if (shutdownRequested && shutdownDeadline < 0) {
                    beginShutdown();
                }
                flushPendingWrites();
                if (shutdownDeadline >= 0 && (connections.isEmpty() || nowMillis() >= shutdownDeadline)) {
                    break;
                }
                selector.select(selectTimeout());
                handleSelected();
                gatherMoreInput();
                runTimers();
                memberCount = room.size();
            }
        } catch (IOException | ClosedSelectorException e) {
            failure = e;
            log.warn("event loop stopped: " + e);
        } catch (RuntimeException | Error e) {
            failure = e;
            log.warn("event loop stopped by an internal error: " + e);
            throw e;
        } finally {
            closeEverything();
            terminated.countDown();
        }
    }

    /**
     * Reads input that arrived while this turn was busy before writing, so each member gets
     * more frames per write: the writes, one system call per member, are the cost of a turn.
     */
    private void gatherMoreInput() throws IOException {
        for (int round = 0; round < GATHER_ROUNDS && selector.selectNow() > 0; round++) {
            handleSelected();
        }
    }

    private long selectTimeout() {
        if (!detecting.isEmpty() || !pendingLines.isEmpty() || images.hasPausedSenders()) {
            return FAST_TICK_MILLIS;
        }
        return Math.max(1, nextSlowTick - nowMillis());
    }

    private void handleSelected() {
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            if (!key.isValid()) {
                continue;
            }
            if (key.attachment() == null) {
                accept((ServerSocketChannel) key.channel(), key);
                continue;
            }
            Connection c = (Connection) key.attachment();
            try {
                if (key.isReadable()) {
                    read(c);
                }
                if (key.isValid() && key.isWritable()) {
                    write(c);
                }
            } catch (IOException e) {
                closeNow(c, LeaveReason.CLOSED);
            } catch (RuntimeException e) {
                log.warn("closing " + c + " after an internal error: " + e);
                closeNow(c, LeaveReason.ERROR);
            }
            closeOverLimit();
        }
    }

    // ---- accepting -------------------------------------------------------------------------

    private void accept(ServerSocketChannel server, SelectionKey serverKey) {
        for (int i = 0; i < ACCEPTS_PER_TURN; i++) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                pauseAccepting(e);
                return;
            }
            if (channel == null) {
                return;
            }
            try {
                register(channel);
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
            }
        }
    }

    private void register(SocketChannel channel) throws IOException {
        if (connections.size() >= (long) config.maxClients() + PRE_JOIN_SLACK || shutdownDeadline >= 0) {
            channel.close();
            return;
        }
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true); // line clients have no PING
        String address = AddressText.of(((InetSocketAddress) channel.getRemoteAddress()).getAddress());
        SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
        Connection c = new Connection(channel, key, address, nowMillis());
        key.attach(c);
        connections.add(c);
        detecting.addLast(c);
        int fromAddress = connectionsPerAddress.merge(address, 1, Integer::sum);
        if (fromAddress > config.maxPerAddress()) {
            c.refusal = "too many connections from " + address + " (at most " + config.maxPerAddress() + ")";
        }
    }

    private void pauseAccepting(IOException e) {
        if (!acceptErrorLogged) {
            log.warn("cannot accept connections (" + e.getMessage() + "); pausing accept for "
                    + ACCEPT_BACKOFF_MILLIS + " ms at a time");
            acceptErrorLogged = true;
        }
        acceptPausedUntil = nowMillis() + ACCEPT_BACKOFF_MILLIS;
        for (ServerSocketChannel server : listeners) {
            SelectionKey key = server.keyFor(selector);
            if (key != null && key.isValid()) {
                key.interestOps(0);
            }
        }
    }

    private void resumeAccepting() {
        acceptPausedUntil = -1;
        for (ServerSocketChannel server : listeners) {
            SelectionKey key = server.keyFor(selector);
            if (key != null && key.isValid()) {
                key.interestOps(SelectionKey.OP_ACCEPT);
            }
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    private void read(Connection c) throws IOException {
        if (c.readThisTurn == 0) {
            readThisTurn.add(c);
        }
        int budget = config.readBudgetBytes() - c.readThisTurn;
        while (budget > 0 && c.isOpen() && !c.readingPaused) {
            readBuffer.clear();
            if (budget < readBuffer.capacity()) {
                readBuffer.limit(budget);
            }
            int n = c.channel.read(readBuffer);
            if (n < 0) {
                endPendingLineAtEndOfInput(c);
                closeNow(c, LeaveReason.CLOSED);
                return;
            }
            if (n == 0) {
                return;
            }
            budget -= n;
            c.readThisTurn += n;
            long now = nowMillis();
            c.lastReceivedMillis = now;
            c.idlePingSent = false;
            readBuffer.flip();
            consume(c, readBuffer);
            trackPartialInput(c, now);
            account(c);
            if (readBuffer.limit() < readBuffer.capacity()) {
                return; // the socket had no more for now
            }
        }
    }

    /** {@code s.send(input().encode()); s.close()}: the end of input ends the last line too. */
    private void endPendingLineAtEndOfInput(Connection c) {
        if (c.isMember() && c.mode() == MemberMode.LINE && c.lineDecoder().hasPendingLine()) {
            lines.current(c);
            c.lineDecoder().endPendingLine(lines);
        }
    }

    private void consume(Connection c, ByteBuffer bytes) {
        if (c.state() == ConnectionState.DETECTING) {
            identify(c, bytes.get(bytes.position()) == 0 ? MemberMode.FRAMED : MemberMode.LINE);
        }
        while (bytes.hasRemaining() && c.isOpen()) {
            try {
                if (c.mode() == MemberMode.FRAMED) {
                    framed.current(c);
                    c.frameDecoder().decode(bytes, framed);
                } else {
                    lines.current(c);
                    c.lineDecoder().decode(bytes, lines);
                }
            } catch (ProtocolException e) {
                relay.reject(c, e);
            }
        }
    }

    private void trackPartialInput(Connection c, long now) {
        if (c.mode() == MemberMode.LINE && c.lineDecoder().hasPendingLine()) {
            pendingLines.add(c);
        }
        if (c.hasPartialInput()) {
            if (c.partialSinceMillis < 0) {
                c.partialSinceMillis = now;
            }
        } else {
            c.partialSinceMillis = -1;
        }
    }

    /** The first byte (or 500 ms of silence) has told the connection's mode. */
    private void identify(Connection c, MemberMode mode) {
        if (mode == MemberMode.FRAMED) {
            c.becomeFramed(Math.min(config.maxPreJoinBytes(), config.limits().maxFrame()));
            c.state(ConnectionState.AWAITING_HELLO);
        } else {
            c.becomeLine(Math.min(config.maxPreJoinBytes(), config.limits().maxText()));
            c.state(ConnectionState.AWAITING_PASSWORD);
        }
        if (c.refusal != null) {
            relay.refuse(c, ErrorCode.SERVER_FULL, c.refusal);
            return;
        }
        if (mode == MemberMode.LINE) {
            if (password.required()) {
                room.send(c, LineRenderer.server("password:"));
            } else {
                relay.join(c, null);
            }
        }
    }

    // ---- writing ---------------------------------------------------------------------------

    /** Room callback: {@code c} was just given bytes. */
    private void queued(Connection c) {
        account(c);
        if (!c.writePending) {
            c.writePending = true;
            pendingWrites.add(c);
        }
        if (c.outbound.heldBytes() > config.maxUnsentBytes() && c.closeReason == null) {
            c.closeReason = LeaveReason.SLOW;
            overLimit.add(c);
        }
    }

    /** Write first: everything owed this turn goes out now; OP_WRITE only for leftovers. */
    private void flushPendingWrites() {
        for (int i = 0; i < readThisTurn.size(); i++) {
            readThisTurn.get(i).readThisTurn = 0; // the read budget is per turn, gather rounds included
        }
        readThisTurn.clear();
        for (int i = 0; i < pendingWrites.size(); i++) {
            Connection c = pendingWrites.get(i);
            c.writePending = false;
            if (c.state() == ConnectionState.CLOSED) {
                continue;
            }
            safely(c, () -> write(c));
        }
        pendingWrites.clear();
        closeOverLimit();
    }

    private void write(Connection c) throws IOException {
        c.outbound.writeTo(c.channel, config.writeBudgetBytes());
        account(c);
        if (c.outbound.isEmpty()) {
            if (c.state() == ConnectionState.CLOSING) {
                closeNow(c, c.closeReason);
                return;
            }
            interest(c, c.readingPaused ? 0 : SelectionKey.OP_READ);
        } else {
            int read = c.state() == ConnectionState.CLOSING || c.readingPaused ? 0 : SelectionKey.OP_READ;
            interest(c, read | SelectionKey.OP_WRITE);
        }
    }

    private static void interest(Connection c, int ops) {
        if (c.key.isValid() && c.key.interestOps() != ops) {
            c.key.interestOps(ops);
        }
    }

    @Override
    public void pauseReading(Connection sender) {
        sender.readingPaused = true;
        interest(sender, sender.outbound.isEmpty() ? 0 : SelectionKey.OP_WRITE);
    }

    @Override
    public void resumeReading(Connection sender) {
        sender.readingPaused = false;
        if (sender.isOpen()) {
            interest(sender, SelectionKey.OP_READ | (sender.outbound.isEmpty() ? 0 : SelectionKey.OP_WRITE));
        }
    }

    // ---- closing ---------------------------------------------------------------------------

    @Override
    public void closeAfterFlush(Connection c, LeaveReason reason) {
        if (!c.isOpen()) {
            return;
        }
        leaveRoom(c, reason);
        c.state(ConnectionState.CLOSING);
        c.closeReason = reason;
        c.closeDeadlineMillis = nowMillis() + Protocol.SHUTDOWN_FLUSH_MILLIS;
        if (c.outbound.isEmpty()) {
            closeNow(c, reason);
        } else {
            interest(c, SelectionKey.OP_WRITE);
            queued(c);
        }
    }

    private void closeNow(Connection c, LeaveReason reason) {
        if (c.state() == ConnectionState.CLOSED) {
            return;
        }
        leaveRoom(c, reason);
        c.state(ConnectionState.CLOSED);
        c.key.cancel();
        closeQuietly(c.channel);
        c.outbound.clear();
        heldInputBytes -= c.accountedBytes;
        c.accountedBytes = 0;
        connections.remove(c);
        pendingLines.remove(c);
        connectionsPerAddress.computeIfPresent(c.address, (a, n) -> n == 1 ? null : n - 1);
    }

    private void leaveRoom(Connection c, LeaveReason reason) {
        images.senderGone(c);
        if (c.isMember()) {
            relay.leave(c, reason);
        }
    }

    /** Counts the incomplete input {@code c} holds now into the server's total. */
    private void account(Connection c) {
        if (c.state() == ConnectionState.CLOSED) {
            return;
        }
        long now = c.bufferedInputBytes();
        heldInputBytes += now - c.accountedBytes;
        c.accountedBytes = now;
    }

    /** What this connection costs: the slabs or unsent bytes its queue holds, and its incomplete input. */
    private static long cost(Connection c) {
        return c.outbound.heldBytes() + c.bufferedInputBytes();
    }

    /**
     * Every limit above is per connection; this one is for the server as a whole: while all
     * connections together hold more than the budget (half the heap by default), the one holding
     * most is dropped.
     */
    private void keepWithinMemoryBudget() {
        long held;
        while ((held = heldInputBytes + room.frameBytesInUse()) > config.memoryBudgetBytes()) {
            Connection largest = null;
            long largestCost = 0;
            for (Connection c : connections) {
                long cost = cost(c);
                if (cost > largestCost) {
                    largest = c;
                    largestCost = cost;
                }
            }
            if (largest == null) {
                return;
            }
            log.warn("dropping " + largest + ": it holds " + largestCost + " bytes of the " + held
                    + " in use, above the server's budget of " + config.memoryBudgetBytes());
            closeNow(largest, LeaveReason.SLOW);
        }
    }

    private void closeOverLimit() {
        keepWithinMemoryBudget();
        if (overLimit.isEmpty()) {
            return;
        }
        List<Connection> slow = new ArrayList<>(overLimit);
        overLimit.clear();
        for (Connection c : slow) {
            if (c.state() != ConnectionState.CLOSED) {
                log.info("dropping " + c + ": " + c.outbound.queuedBytes() + " bytes unsent (slow reader)");
                closeNow(c, LeaveReason.SLOW);
            }
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing more to do for a channel that is going away
        }
    }

    // ---- timers ----------------------------------------------------------------------------

    private void runTimers() {
        long now = nowMillis();
        detectSilentConnections(now);
        endIdleLines(now);
        images.resumeSenders();
        if (acceptPausedUntil >= 0 && now >= acceptPausedUntil) {
            resumeAccepting();
        }
        if (now >= nextSlowTick) {
            nextSlowTick = now + SLOW_TICK_MILLIS;
            checkEveryConnection(now);
            images.expireIdleUploads(now);
            if (now >= nextPresenceMillis && relay.flushPresence()) {
                nextPresenceMillis = now + Protocol.PRESENCE_INTERVAL_MILLIS;
            }
        }
        closeOverLimit();
    }

    /** No byte within 500 ms of accept: a line client that waits to be spoken to. */
    private void detectSilentConnections(long now) {
        while (!detecting.isEmpty()) {
            Connection c = detecting.peekFirst();
            if (c.state() != ConnectionState.DETECTING) {
                detecting.pollFirst(); // identified by its first byte meanwhile
                continue;
            }
            if (now - c.acceptedAtMillis < Protocol.MODE_DETECT_MILLIS) {
                return;
            }
            detecting.pollFirst();
            readBeforeDeciding(c);
            if (c.state() == ConnectionState.DETECTING) {
                safely(c, () -> identify(c, MemberMode.LINE));
            }
        }
    }

    /**
     * A connection's first bytes may be waiting unread when a slow turn (a cold JVM's first
     * WELCOME) outlasts the 500 ms: read them before calling it a silent line client.
     */
    private void readBeforeDeciding(Connection c) {
        safely(c, () -> read(c));
    }

    /** Input without a newline that stays idle 100 ms is one complete line (classroom clients). */
    private void endIdleLines(long now) {
        if (pendingLines.isEmpty()) {
            return;
        }
        Iterator<Connection> it = pendingLines.iterator();
        List<Connection> ended = new ArrayList<>();
        while (it.hasNext()) {
            Connection c = it.next();
            if (!c.isOpen() || !c.lineDecoder().hasPendingLine()) {
                it.remove();
            } else if (now - c.lastReceivedMillis >= Protocol.LINE_IDLE_FLUSH_MILLIS) {
                it.remove();
                ended.add(c);
            }
        }
        for (Connection c : ended) {
            safely(c, () -> {
                lines.current(c);
                c.lineDecoder().endPendingLine(lines);
                c.partialSinceMillis = -1;
            });
        }
    }

    /** Runs {@code action} for {@code c} the way a selected key is handled: a failure closes {@code c}, never the loop. */
    private void safely(Connection c, IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            closeNow(c, LeaveReason.CLOSED);
        } catch (RuntimeException e) {
            log.warn("closing " + c + " after an internal error: " + e);
            closeNow(c, LeaveReason.ERROR);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private void checkEveryConnection(long now) {
        List<Connection> expired = null;
        for (Connection c : connections) {
            String why = expiry(c, now);
            if (why != null) {
                if (expired == null) {
                    expired = new ArrayList<>();
                }
                expired.add(c);
            }
        }
        if (expired == null) {
            return;
        }
        for (Connection c : expired) {
            safely(c, () -> expire(c, now));
        }
    }

    private String expiry(Connection c, long now) {
        switch (c.state()) {
            case CLOSING:
                return now >= c.closeDeadlineMillis ? "flush deadline" : null;
            case AWAITING_HELLO:
            case AWAITING_PASSWORD:
            case DETECTING:
                return now - c.acceptedAtMillis >= config.joinTimeoutMillis() ? "join timeout" : null;
            case MEMBER:
                if (c.partialSinceMillis >= 0 && now - c.partialSinceMillis >= config.frameStallMillis()) {
                    return "stalled frame";
                }
                if (c.mode() == MemberMode.FRAMED && now - c.lastReceivedMillis >= config.idlePingMillis()) {
                    return "idle";
                }
                return softLimitExceeded(c, now) ? "soft limit" : null;
            default:
                return null;
        }
    }

    private boolean softLimitExceeded(Connection c, long now) {
        if (c.outbound.queuedBytes() <= config.softUnsentBytes()) {
            c.aboveSoftLimitSinceMillis = -1;
            return false;
        }
        if (c.aboveSoftLimitSinceMillis < 0) {
            c.aboveSoftLimitSinceMillis = now;
        }
        return now - c.aboveSoftLimitSinceMillis >= config.softUnsentMillis();
    }

    private void expire(Connection c, long now) {
        switch (c.state()) {
            case CLOSING -> closeNow(c, c.closeReason);
            case DETECTING, AWAITING_HELLO, AWAITING_PASSWORD -> {
                if (c.state() == ConnectionState.DETECTING) {
                    identify(c, MemberMode.LINE);
                    if (!c.isOpen() || c.isMember()) {
                        return;
                    }
                }
                relay.refuse(c, ErrorCode.HELLO_TIMEOUT, "did not join within "
                        + config.joinTimeoutMillis() / 1000 + " s");
            }
            case MEMBER -> expireMember(c, now);
            default -> {
            }
        }
    }

    private void expireMember(Connection c, long now) {
        if (c.partialSinceMillis >= 0 && now - c.partialSinceMillis >= config.frameStallMillis()) {
            log.info("dropping " + c + ": an incomplete frame stalled for " + config.frameStallMillis() + " ms");
            relay.reject(c, new ProtocolException(ErrorCode.BAD_FRAME, true, "incomplete frame timed out"));
            return;
        }
        if (c.mode() == MemberMode.FRAMED && now - c.lastReceivedMillis >= config.idleCloseMillis()) {
            closeNow(c, LeaveReason.TIMEOUT);
            return;
        }
        if (c.mode() == MemberMode.FRAMED && !c.idlePingSent && now - c.lastReceivedMillis >= config.idlePingMillis()) {
            c.idlePingSent = true;
            room.send(c, FrameEncoder.frame(FrameType.PING, new byte[0], new byte[0]));
        }
        if (softLimitExceeded(c, now)) {
            log.info("dropping " + c + ": above the soft limit of unsent bytes for " + config.softUnsentMillis() + " ms");
            closeNow(c, LeaveReason.SLOW);
        }
    }

    // ---- shutdown --------------------------------------------------------------------------

    private void beginShutdown() {
        shutdownDeadline = nowMillis() + Protocol.SHUTDOWN_FLUSH_MILLIS;
        for (ServerSocketChannel server : listeners) {
            closeQuietly(server);
        }
        relay.shuttingDown();
        relay.announceShutdown("server shutting down");
        for (Connection c : new ArrayList<>(connections)) {
            closeAfterFlush(c, LeaveReason.SHUTDOWN);
        }
        log.info("shutting down: flushing to " + connections.size() + " connections");
    }

    private void closeEverything() {
        for (Connection c : new ArrayList<>(connections)) {
            c.state(ConnectionState.CLOSED);
            closeQuietly(c.channel);
        }
        connections.clear();
        for (ServerSocketChannel server : listeners) {
            closeQuietly(server);
        }
        closeQuietly(selector);
        memberCount = 0;
    }
}
