package chat.client.session;

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

/** A framed test client on a plain socket, using chat-core's codec; collects every frame it receives. */
final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final List<Frame> received = new CopyOnWriteArrayList<>();
    private final Thread reader;

    RawClient(int port, String nick) throws IOException {
        socket = new Socket("127.0.0.1", port);
        send(new Frame.Hello(Protocol.VERSION, nick, null, "raw-test"));
        reader = new Thread(this::read, "raw-client-" + nick);
        reader.setDaemon(true);
        reader.start();
        awaitFrame(Frame.Welcome.class, f -> true);
    }

    void send(Frame frame) throws IOException {
        ByteBuffer bytes = FrameEncoder.encode(frame);
        synchronized (socket) {
            socket.getOutputStream().write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        }
    }

    int id() {
        return awaitFrame(Frame.Welcome.class, f -> true).you().id();
    }

    List<Frame> received() {
        return received;
    }

    <T extends Frame> T awaitFrame(Class<T> type, Predicate<T> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> find(type, condition), f -> f != null);
    }

    <T extends Frame> T find(Class<T> type, Predicate<T> condition) {
        for (Frame frame : received) {
            if (type.isInstance(frame) && condition.test(type.cast(frame))) {
                return type.cast(frame);
            }
        }
        return null;
    }

    private void read() {
        FrameDecoder decoder = new FrameDecoder(ProtocolLimits.DEFAULT_MAX_FRAME);
        byte[] buffer = new byte[65_536];
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

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
