package chat.server.loop;

import chat.core.frame.Frame;
import chat.core.model.NoticeEvent;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.server.ServerConfig;
import chat.server.log.EventLog;
import chat.server.support.FramedClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event loop on a clock the test moves: in a room above 200 members, presence summaries
 * go out at most once a second, however often the loop's timers run.
 */
class PresenceRateTest {
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<Socket> crowd = new ArrayList<>();
    private EventLoop loop;
    private Thread thread;
    private FramedClient observer;

    @AfterEach
    void stop() throws Exception {
        for (Socket socket : crowd) {
            socket.close();
        }
        if (observer != null) {
            observer.close();
        }
        loop.requestShutdown();
        thread.join(10_000);
    }

    @Test
    void presenceSummariesGoOutAtMostOnceASecond() throws IOException {
        loop = new EventLoop(ServerConfig.loopbackEphemeral(), EventLog.silent(), clock::get);
        int port = loop.bind().get(0).getPort();
        thread = new Thread(loop, "chat-server-under-test");
        thread.setDaemon(true);
        thread.start();
        observer = FramedClient.join(port, "observer");
        for (int i = 0; i < Protocol.PRESENCE_SUMMARY_THRESHOLD + 1; i++) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.getOutputStream().write(FramedClient.bytes(new Frame.Hello(Protocol.VERSION, "m" + i, null, "t")));
            crowd.add(socket);
        }
        await().atMost(FramedClient.WAIT).until(() -> loop.memberCount() == Protocol.PRESENCE_SUMMARY_THRESHOLD + 2);

        clock.addAndGet(Protocol.PRESENCE_INTERVAL_MILLIS);
        Frame.Notice first = observer.nextNotice(NoticeEvent.PRESENCE);
        assertThat(first.joinedCount()).isEqualTo(2);

        addOneMember(port);
        for (int quarter = 0; quarter < 3; quarter++) {
            clock.addAndGet(Protocol.PRESENCE_INTERVAL_MILLIS / 4);
            assertThat(framesAfterTwoLoopTurns()).as("a presence notice less than a second after the last")
                    .noneMatch(f -> f instanceof Frame.Notice n && n.event() == NoticeEvent.PRESENCE);
        }
        clock.addAndGet(Protocol.PRESENCE_INTERVAL_MILLIS / 4);
        Frame.Notice second = observer.nextNotice(NoticeEvent.PRESENCE);
        assertThat(second.joinedCount()).isEqualTo(1);
    }

    private void addOneMember(int port) throws IOException {
        int before = loop.memberCount();
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.getOutputStream().write(FramedClient.bytes(new Frame.Hello(Protocol.VERSION, "late", null, "t")));
        crowd.add(socket);
        await().atMost(FramedClient.WAIT).until(() -> loop.memberCount() == before + 1);
    }

    /** Whatever the loop queued by the end of the turn after this one: each PONG follows the timers' output of the turn before. */
    private List<Frame> framesAfterTwoLoopTurns() throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            observer.send(new Frame.Ping(new byte[]{(byte) i}));
            while (true) {
                Frame frame = observer.next().frame();
                if (frame instanceof Frame.Pong) {
                    break;
                }
                frames.add(frame);
            }
        }
        return frames;
    }
}
