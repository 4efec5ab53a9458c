package chat.server.support;

import chat.core.frame.Frame;
import chat.core.frame.FrameDecoder;
import chat.core.frame.FrameEncoder;
import chat.core.frame.FrameParser;
import chat.core.json.Json;
import chat.core.model.Member;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A test-side framed client over a blocking socket: a reader thread decodes what the server
 * sends into a queue of {@link Incoming} frames; writes are synchronised so tests and the
 * automatic PONG may both send. Answers PING with PONG unless told not to.
 */
public final class FramedClient implements AutoCloseable {
    /** How long a test waits for something the server should send at once. */
    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final int CLIENT_MAX_FRAME = 32 * 1024 * 1024;

    /** One frame received: the parsed frame and its raw body. */
    public record Incoming(Frame frame, byte[] body) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + new String(body), e);
            }
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<Incoming> incoming = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean autoPong = true;
    private volatile boolean closedByPeer;
    private volatile boolean discardMessages;
    private volatile java.util.function.Consumer<Frame.Message> messageListener;
    private Frame.Welcome welcome;

    private FramedClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::readLoop, "test-framed-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects without sending anything. */
    public static FramedClient connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return new FramedClient(socket);
    }

    /** Connects, sends HELLO and waits for WELCOME. */
    public static FramedClient join(int port, String nick) throws IOException {
        return join(port, nick, null);
    }

    public static FramedClient join(int port, String nick, String password) throws IOException {
        // encoded before connecting: the server takes a client silent for 500 ms for a line client,
        // and the first JSON encoding in a fresh JVM can take that long
        byte[] hello = bytes(new Frame.Hello(Protocol.VERSION, nick, password, "chat-server-tests/1"));
        FramedClient client = connect(port);
        client.sendRaw(hello);
        client.welcome = (Frame.Welcome) client.next(FrameType.WELCOME).frame();
        return client;
    }

    public Frame.Welcome welcome() {
        return welcome;
    }

    public Member me() {
        return welcome.you();
    }

    public int id() {
        return welcome.you().id();
    }

    public void autoPong(boolean on) {
        this.autoPong = on;
    }

    /** Hands MESSAGE frames to {@code listener} on the reader thread instead of queueing them. */
    public void onMessage(java.util.function.Consumer<Frame.Message> listener) {
        this.messageListener = listener;
    }

    /** Drops MESSAGE frames instead of queueing them (for floods nobody inspects). */
    public void discardMessages(boolean on) {
        this.discardMessages = on;
    }

    public void send(Frame frame) throws IOException {
        sendRaw(bytes(frame));
    }

    /** The frame's bytes on the wire. */
    public static byte[] bytes(Frame frame) {
        ByteBuffer encoded = FrameEncoder.encode(frame);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    public void say(String text) throws IOException {
        send(new Frame.Say(text));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        sendRaw(bytes, 0, bytes.length);
    }

    public synchronized void sendRaw(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        out.flush();
    }

    /** A frame of any type code with this body, as raw bytes. */
    public static byte[] rawFrame(int typeCode, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).putInt(1 + body.length).put((byte) typeCode).put(body).array();
    }

    /** The next frame received, whatever it is. */
    public Incoming next() {
        return next(f -> true, "any frame");
    }

    /** Skips frames until one of {@code type}. */
    public Incoming next(FrameType type) {
        return next(f -> f.type() == type, type.name());
    }

    /** Skips frames until one matching {@code wanted}. */
    public Incoming next(Predicate<Frame> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Incoming in;
            try {
                in = left <= 0 ? null : incoming.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            if (in == null) {
                throw new AssertionError("no " + what + " within " + WAIT.toSeconds() + " s" + (closedByPeer
                        ? " (the server closed the connection)" : ""));
            }
            if (wanted.test(in.frame())) {
                return in;
            }
        }
    }

    /** The next MESSAGE frame. */
    public Frame.Message nextMessage() {
        return (Frame.Message) next(FrameType.MESSAGE).frame();
    }

    /** The next ERROR frame. */
    public Frame.Error nextError() {
        return (Frame.Error) next(FrameType.ERROR).frame();
    }

    /** The next NOTICE of {@code event}. */
    public Frame.Notice nextNotice(chat.core.model.NoticeEvent event) {
        return (Frame.Notice) next(f -> f instanceof Frame.Notice n && n.event() == event, "NOTICE " + event).frame();
    }

    /** Everything received and not yet taken, without waiting. */
    public List<Incoming> drain() {
        List<Incoming> all = new ArrayList<>();
        incoming.drainTo(all);
        return all;
    }

    /** Frames waiting to be taken. */
    public int pending() {
        return incoming.size();
    }

    /** True once the server has closed the connection (end of stream or reset). */
    public boolean isClosedByPeer() {
        return closedByPeer;
    }

    public Socket socket() {
        return socket;
    }

    /** Closes at once, with a reset: the way a killed process vanishes. */
    public void kill() {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // closing anyway
        }
        close();
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
        FrameDecoder decoder = new FrameDecoder(CLIENT_MAX_FRAME);
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                decoder.decode(ByteBuffer.wrap(buffer, 0, n), this::onFrame);
            }
        } catch (IOException | ProtocolException e) {
            // the connection is gone (or the server sent something unparseable, which a test will notice)
        } finally {
            closedByPeer = true;
        }
    }

    private boolean onFrame(int typeCode, ByteBuffer body) throws ProtocolException {
        byte[] raw = new byte[body.remaining()];
        body.duplicate().get(raw);
        Frame frame = FrameParser.parse(typeCode, body);
        if (frame instanceof Frame.Ping ping && autoPong) {
            try {
                send(new Frame.Pong(ping.body()));
            } catch (IOException ignored) {
                // the reader notices the closed socket next
            }
        }
        if (frame instanceof Frame.Message message && (discardMessages || messageListener != null)) {
            java.util.function.Consumer<Frame.Message> listener = messageListener;
            if (listener != null) {
                listener.accept(message);
            }
            return true;
        }
        incoming.add(new Incoming(frame, raw));
        return true;
    }
}
