package chat.client.testing;

import chat.core.frame.Frame;
import chat.core.frame.FrameDecoder;
import chat.core.frame.FrameEncoder;
import chat.core.frame.FrameParser;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A framed member on a plain socket using chat-core's codec: records every frame it receives, in order. */
public final class FramedPeer implements AutoCloseable {
    private static final int READ_BUFFER = 64 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Socket socket;
    private final List<Frame> received = new CopyOnWriteArrayList<>();

    public FramedPeer(int port, String nick) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        send(new Frame.Hello(Protocol.VERSION, nick, null, "framed-peer"));
        Thread reader = new Thread(this::read, "framed-peer-" + nick);
        reader.setDaemon(true);
        reader.start();
        awaitFrame(Frame.Welcome.class, f -> true);
    }

    public void send(Frame frame) throws IOException {
        ByteBuffer bytes = FrameEncoder.encode(frame);
        synchronized (socket) {
            socket.getOutputStream().write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            socket.getOutputStream().flush();
        }
    }

    /** The member id the server gave us. */
    public int id() {
        return awaitFrame(Frame.Welcome.class, f -> true).you().id();
    }

    /** Every frame received so far, in the order it arrived. */
    public List<Frame> received() {
        return List.copyOf(received);
    }

    public <T extends Frame> T awaitFrame(Class<T> type, Predicate<T> condition) {
        return await().atMost(WAIT).until(() -> find(type, condition), f -> f != null);
    }

    public <T extends Frame> T find(Class<T> type, Predicate<T> condition) {
        for (Frame frame : received) {
            if (type.isInstance(frame) && condition.test(type.cast(frame))) {
                return type.cast(frame);
            }
        }
        return null;
    }

    /** Index in arrival order of the first frame of {@code type} matching {@code condition}, or -1. */
    public <T extends Frame> int indexOf(Class<T> type, Predicate<T> condition) {
        List<Frame> frames = received();
        for (int i = 0; i < frames.size(); i++) {
            if (type.isInstance(frames.get(i)) && condition.test(type.cast(frames.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private void read() {
        FrameDecoder decoder = new FrameDecoder(ProtocolLimits.DEFAULT_MAX_FRAME);
        byte[] buffer = new byte[READ_BUFFER];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                decoder.decode(ByteBuffer.wrap(buffer, 0, n), (type, body) -> {
                    Frame frame = FrameParser.parse(type, body);
                    if (frame instanceof Frame.Ping ping) {
                        try {
                            send(new Frame.Pong(ping.body()));
                        } catch (IOException e) {
                            return false;
                        }
                    }
                    received.add(frame);
                    return true;
                });
            }
        } catch (Exception e) {
            // the test closed the socket, or the server went away
        }
    }

    /** Closes the socket at once, without BYE: a member that vanishes. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
