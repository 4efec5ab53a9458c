package chat.client.net;

import chat.client.ClientVersion;
import chat.core.frame.Frame;
import chat.core.frame.FrameDecoder;
import chat.core.frame.FrameEncoder;
import chat.core.frame.FrameParser;
import chat.core.model.Member;
import chat.core.model.NoticeEvent;
import chat.core.text.NickRules;
import chat.core.protocol.BadFrameException;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;
import chat.core.protocol.UnknownFrameTypeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The client's connection to the room, run on its own daemon thread: connects, says HELLO,
 * reads and parses frames, answers PING, and reconnects with back-off after a lost connection,
 * rejoining with the current nick. {@link #send} may be called from any thread and never blocks:
 * an {@link Outbox} per connection writes, text first, image chunks from the {@link #bulkSource} between.
 *
 * <p>States: CONNECTING → JOINED (after WELCOME) → WAITING (back-off) → CONNECTING ...; any state →
 * STOPPED on {@link #close()} or when the server refuses us for good.
 */
public final class ChatLink implements AutoCloseable {
    /** The client trusts its server more than the server trusts clients: frames up to 16 MiB. */
    private static final int CLIENT_MAX_FRAME = 16 * 1024 * 1024;
    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final long BYE_WRITE_MILLIS = 500;
    private static final long DRAIN_MILLIS = 1_000;
    private static final Set<ErrorCode> REFUSALS = Set.of(ErrorCode.AUTH_FAILED, ErrorCode.UNSUPPORTED_PROTOCOL);

    /** Where the link is in its life. */
    public enum State { CONNECTING, JOINED, WAITING, STOPPED }

    private final LinkConfig config;
    private final LinkListener listener;
    private final RoomState room = new RoomState();
    private volatile Supplier<Frame> bulkSource = () -> null;
    private volatile Outbox outbox;
    private volatile String wantedNick;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Thread thread;
    private volatile State state = State.CONNECTING;
    private volatile Socket socket;

    public ChatLink(LinkConfig config, LinkListener listener) {
        this.config = config;
        this.listener = listener;
        this.wantedNick = config.nick();
        this.thread = new Thread(this::run, "chat-link");
        this.thread.setDaemon(true);
    }

    /** Starts connecting on the link's thread. */
    public ChatLink start() {
        thread.start();
        return this;
    }

    public RoomState room() {
        return room;
    }

    public State state() {
        return state;
    }

    public boolean isJoined() {
        return state == State.JOINED;
    }

    public LinkConfig config() {
        return config;
    }

    /**
     * Sends {@code frame} if we are in the room. Returns false (and sends nothing) when not joined;
     * a write that fails closes the connection and the link reconnects.
     */
    public boolean send(Frame frame) {
        if (state != State.JOINED) {
            return false;
        }
        return write(frame);
    }

    /**
     * Where image chunks come from: asked for the next frame whenever nothing more urgent is
     * waiting; returns null when it has none. Call {@link #bulkAvailable()} when it gets some.
     */
    public void bulkSource(Supplier<Frame> source) {
        this.bulkSource = source;
    }

    /** Tells the writer that the bulk source has frames again. */
    public void bulkAvailable() {
        Outbox current = outbox;
        if (current != null) {
            current.wake();
        }
    }

    /** Leaves the room (BYE, then waits at most about 1.5 s for the server to close) and stops the link. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        stopSignal.countDown();
        Socket s = socket;
        if (s != null && state == State.JOINED) {
            sayBye(s);
        }
        if (Thread.currentThread() != thread) {
            joinQuietly(DRAIN_MILLIS);
        }
        closeQuietly(socket);
        if (Thread.currentThread() != thread) {
            joinQuietly(DRAIN_MILLIS);
        }
        state = State.STOPPED;
    }

    /** Waits at most {@code millis} for the link thread to end; true if it has. */
    public boolean awaitStopped(long millis) {
        joinQuietly(millis);
        return !thread.isAlive();
    }

    private void run() {
        Backoff backoff = new Backoff(config.reconnectInitial(), config.reconnectMax());
        int attempt = 0;
        try {
            while (!closing.get()) {
                attempt++;
                state = State.CONNECTING;
                listener.connecting(config.server(), attempt);
                boolean wasJoined;
                String reason;
                try {
                    reason = connectAndRead(backoff);
                } catch (RefusedException e) {
                    listener.refused(e.error());
                    return;
                } catch (IOException e) {
                    reason = describe(e);
                } finally {
                    wasJoined = state == State.JOINED;
                    closeQuietly(socket);
                    socket = null;
                    Outbox ended = outbox;
                    outbox = null;
                    if (ended != null) {
                        ended.stop();
                    }
                }
                if (wasJoined) {
                    attempt = 0;
                }
                if (closing.get()) {
                    return;
                }
                state = State.WAITING;
                listener.disconnected(reason, wasJoined);
                long delay = backoff.next();
                listener.reconnectingIn(delay);
                if (stopSignal.await(delay, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            state = State.STOPPED;
            listener.stopped();
        }
    }

    /** One connection, from connect to its end; returns why it ended. */
    private String connectAndRead(Backoff backoff) throws IOException, RefusedException {
        // Encoded before connecting: the server takes a client silent for 500 ms for a line client,
        // and the first JSON encoding of a fresh JVM can take that long.
        ByteBuffer hello = FrameEncoder.encode(
                new Frame.Hello(Protocol.VERSION, helloNick(), config.password(), ClientVersion.clientName()));
        Socket s = new Socket();
        socket = s;
        if (closing.get()) {
            throw new IOException("closed");
        }
        HostPort server = config.server();
        s.connect(new InetSocketAddress(server.host(), server.port()), config.connectTimeout());
        s.setTcpNoDelay(true);
        s.setSoTimeout(config.idlePing());
        OutputStream stream = s.getOutputStream();
        stream.write(hello.array(), hello.arrayOffset(), hello.remaining());
        stream.flush();
        outbox = new Outbox(stream, () -> state == State.JOINED && !closing.get() ? bulkSource.get() : null,
                () -> closeQuietly(s))
                .start();
        return readLoop(s.getInputStream(), backoff);
    }

    /**
     * The nick to rejoin with: the one asked for, or the last one we chose with NICK; not a suffixed
     * {@code alice-2} the server gave while our old connection still held {@code alice}.
     */
    private String helloNick() {
        String wanted = wantedNick;
        if (wanted != null) {
            return wanted;
        }
        Member self = room.you();
        return self != null ? self.nick() : null;
    }

    /** Keeps the wanted nick, and takes it back once the member holding it (our old connection) leaves. */
    private void followNick(Frame frame) {
        if (!(frame instanceof Frame.Notice notice) || notice.member() == null) {
            return;
        }
        Member self = room.you();
        if (self == null) {
            return;
        }
        if (notice.event() == NoticeEvent.NICK && notice.member().id() == self.id()) {
            wantedNick = notice.member().nick();
        } else if (notice.event() == NoticeEvent.LEAVE && wantedNick != null
                && NickRules.key(notice.member().nick()).equals(NickRules.key(wantedNick))
                && !NickRules.key(self.nick()).equals(NickRules.key(wantedNick))) {
            write(new Frame.Nick(wantedNick));
        }
    }

    private String readLoop(InputStream in, Backoff backoff) throws IOException, RefusedException {
        FrameDecoder decoder = new FrameDecoder(CLIENT_MAX_FRAME);
        byte[] buffer = new byte[READ_BUFFER_BYTES];
        long lastHeard = System.nanoTime();
        FrameSink sink = new FrameSink(backoff);
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastHeard) >= config.idleLost()) {
                    return "no answer from the server";
                }
                write(new Frame.Ping(new byte[0]));
                continue;
            }
            if (n < 0) {
                return "closed by the server";
            }
            lastHeard = System.nanoTime();
            try {
                decoder.decode(ByteBuffer.wrap(buffer, 0, n), sink);
            } catch (RefusedFrame e) {
                throw e.refusal;
            } catch (ProtocolException e) {
                return "bad data from the server: " + e.getMessage();
            }
        }
    }

    /** Parses and dispatches each frame of the read loop. */
    private final class FrameSink implements chat.core.frame.FrameHandler {
        private final Backoff backoff;

        FrameSink(Backoff backoff) {
            this.backoff = backoff;
        }

        @Override
        public boolean onFrame(int typeCode, ByteBuffer body) throws ProtocolException {
            Frame frame;
            try {
                frame = FrameParser.parse(typeCode, body);
            } catch (UnknownFrameTypeException | BadFrameException e) {
                return true;
            }
            try {
                dispatch(frame, backoff);
            } catch (RuntimeException e) {
                // one frame we could not handle (a malformed notice, a picture that failed to draw)
                // must not end the link: it is skipped
                listener.frameFailed(frame, e);
            }
            return true;
        }
    }

    private void dispatch(Frame frame, Backoff backoff) throws RefusedFrame {
        if (frame instanceof Frame.Ping ping) {
            write(new Frame.Pong(ping.body()));
        } else if (frame instanceof Frame.Pong) {
            return;
        } else if (frame instanceof Frame.Welcome welcome) {
            room.welcome(welcome);
            state = State.JOINED;
            backoff.reset();
            listener.welcomed(welcome);
        } else if (frame instanceof Frame.Error error && error.fatal() && REFUSALS.contains(error.knownCode())) {
            throw new RefusedFrame(new RefusedException(error));
        } else {
            room.apply(frame);
            followNick(frame);
            listener.received(frame);
        }
    }

    /** Carries a refusal out of the decoder's handler. */
    private static final class RefusedFrame extends ProtocolException {
        private final transient RefusedException refusal;

        RefusedFrame(RefusedException refusal) {
            super(ErrorCode.AUTH_FAILED, true, refusal.getMessage());
            this.refusal = refusal;
        }
    }

    private boolean write(Frame frame) {
        return writeBytes(FrameEncoder.encode(frame));
    }

    private boolean writeBytes(ByteBuffer bytes) {
        Outbox current = outbox;
        if (current == null) {
            return false;
        }
        current.offer(bytes);
        return true;
    }

    /** Queues BYE and waits (briefly) for it to be written, so a server that stopped reading cannot hold the exit. */
    private void sayBye(Socket s) {
        Outbox current = outbox;
        if (current == null || !write(new Frame.Bye())) {
            return;
        }
        try {
            if (current.awaitDrained(BYE_WRITE_MILLIS)) {
                s.shutdownOutput();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // the socket is closed below anyway
        }
    }

    private void joinQuietly(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is best effort
            }
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
