package chat.server;

import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.NoticeEvent;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.server.support.FramedClient;
import chat.server.support.LineClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import static chat.server.ChatRoomTest.nextMessageLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Back-pressure, idle timers and shutdown: what the server does to clients that stop reading, fall silent, or outlive it. */
class SlowAndIdleClientsTest {
    private static final int FLOOD_TEXT_BYTES = 1000;
    /** Messages sent before waiting for them: the flooder keeps pace with those who read. */
    private static final int FLOOD_BATCH = 200;
    /** 16 MB in all at most: more than the kernel's buffers can hide from the server. */
    private static final int MAX_FLOOD_BATCHES = 80;
    private volatile boolean slowLeaveSeen;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedAsSlowWhileTheOthersGetEverything() throws Exception {
        floodUntilTheNonReaderIsDropped(ServerConfig.loopbackEphemeral().withUnsentLimits(1024 * 1024, 1024 * 1024, 60_000));
    }

    @Test
    void whenAllConnectionsTogetherHoldMoreThanTheBudgetTheOneHoldingMostIsDropped() throws Exception {
        long generous = 64L * 1024 * 1024;
        floodUntilTheNonReaderIsDropped(ServerConfig.loopbackEphemeral().withUnsentLimits(generous, generous, 60_000)
                .withMemoryBudget(1024 * 1024));
    }

    private void floodUntilTheNonReaderIsDropped(ServerConfig config) throws Exception {
        ChatServer server = start(config);
        FramedClient alice = keep(FramedClient.join(server.port(), "alice"));
        FramedClient bob = keep(FramedClient.join(server.port(), "bob"));
        LineClient carol = keep(LineClient.join(server.port()));
        Socket stalled = nonReader(server.port(), "stalled");
        bob.nextNotice(NoticeEvent.JOIN);
        bob.nextNotice(NoticeEvent.JOIN);

        boolean dropped = false;
        String padding = "x".repeat(FLOOD_TEXT_BYTES);
        for (int batch = 0; batch < MAX_FLOOD_BATCHES && !dropped; batch++) {
            for (int i = 0; i < FLOOD_BATCH; i++) {
                alice.say(batch + "/" + i + " " + padding);
            }
            for (int i = 0; i < FLOOD_BATCH; i++) {
                assertThat(nextMessageOrSlowLeave(bob).text()).startsWith(batch + "/" + i + " ");
                assertThat(nextMessageLine(carol)).startsWith("127.0.0.1 alice: " + batch + "/" + i + " ");
            }
            dropped = slowLeaveSeen;
        }
        assertThat(dropped).as("the non-reader was dropped as slow").isTrue();
        assertThat(server.memberCount()).isEqualTo(3);
        assertThat(bob.isClosedByPeer()).isFalse();
        assertThat(carol.isClosedByPeer()).isFalse();
        stalled.close();
    }

    @Test
    void aClientAboveTheSoftLimitForTooLongIsDroppedAsSlow() throws Exception {
        ChatServer server = start(ServerConfig.loopbackEphemeral().withUnsentLimits(64L * 1024 * 1024, 256 * 1024, 500));
        FramedClient alice = keep(FramedClient.join(server.port(), "alice"));
        FramedClient bob = keep(FramedClient.join(server.port(), "bob"));
        Socket stalled = nonReader(server.port(), "stalled");
        bob.nextNotice(NoticeEvent.JOIN);

        String padding = "y".repeat(FLOOD_TEXT_BYTES);
        for (int batch = 0; batch < MAX_FLOOD_BATCHES && !slowLeaveSeen; batch++) {
            for (int i = 0; i < FLOOD_BATCH; i++) {
                alice.say(padding);
            }
            for (int i = 0; i < FLOOD_BATCH; i++) {
                nextMessageOrSlowLeave(bob);
            }
        }
        if (!slowLeaveSeen) {
            Frame.Notice leave = bob.nextNotice(NoticeEvent.LEAVE);
            assertThat(leave.reason()).isEqualTo(LeaveReason.SLOW);
        }
        assertThat(server.memberCount()).isEqualTo(2);
        stalled.close();
    }

    /** The next MESSAGE, noting on the way the {@code slow} leave of the non-reader. */
    private Frame.Message nextMessageOrSlowLeave(FramedClient client) {
        while (true) {
            Frame frame = client.next(f -> f instanceof Frame.Message || f instanceof Frame.Notice, "message").frame();
            if (frame instanceof Frame.Message m) {
                return m;
            }
            Frame.Notice notice = (Frame.Notice) frame;
            if (notice.event() == NoticeEvent.LEAVE) {
                assertThat(notice.member().nick()).isEqualTo("stalled");
                assertThat(notice.reason()).isEqualTo(LeaveReason.SLOW);
                slowLeaveSeen = true;
            }
        }
    }

    @Test
    void aSilentFramedClientIsPingedThenClosedAsTimedOut() throws Exception {
        ChatServer server = start(ServerConfig.loopbackEphemeral().withTimers(300, 1_200, 10_000, 30_000));
        FramedClient alive = keep(FramedClient.join(server.port(), "alive"));
        FramedClient silent = keep(FramedClient.join(server.port(), "silent"));
        silent.autoPong(false);

        Frame.Ping ping = (Frame.Ping) silent.next(FrameType.PING).frame();
        assertThat(ping.body()).hasSizeLessThanOrEqualTo(Protocol.MAX_PING_BODY);
        Frame.Notice leave = alive.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.member().nick()).isEqualTo("silent");
        assertThat(leave.reason()).isEqualTo(LeaveReason.TIMEOUT);
        await().atMost(FramedClient.WAIT).until(silent::isClosedByPeer);

        // the client that answered its pings is still a member
        alive.send(new Frame.Ping(new byte[]{42}));
        alive.next(FrameType.PONG);
        assertThat(server.memberCount()).isEqualTo(1);
    }

    @Test
    void shutdownTellsEveryMemberThenClosesEveryConnection() throws Exception {
        ChatServer server = start(ServerConfig.loopbackEphemeral());
        FramedClient alice = keep(FramedClient.join(server.port(), "alice"));
        FramedClient bob = keep(FramedClient.join(server.port(), "bob"));
        LineClient carol = keep(LineClient.join(server.port()));
        alice.nextNotice(NoticeEvent.JOIN);
        alice.nextNotice(NoticeEvent.JOIN);

        server.shutdown();

        for (FramedClient c : List.of(alice, bob)) {
            Frame.Notice notice = c.nextNotice(NoticeEvent.SHUTDOWN);
            assertThat(notice.text()).isNotBlank();
            await().atMost(FramedClient.WAIT).until(c::isClosedByPeer);
            assertThat(c.drain()).isEmpty();
        }
        assertThat(carol.nextLine()).isEqualTo("*** server shutting down");
        await().atMost(FramedClient.WAIT).until(carol::isClosedByPeer);
        await().atMost(FramedClient.WAIT).until(() -> !server.isRunning());
    }

    /** A member whose receive buffer is tiny and who never reads. */
    private static Socket nonReader(int port, String nick) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4 * 1024);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.getOutputStream().write(FramedClient.bytes(new Frame.Hello(Protocol.VERSION, nick, null, "tests")));
        return socket;
    }

    private ChatServer start(ServerConfig config) throws IOException {
        return keep(ChatServer.start(config, Boolean.getBoolean("chat.test.log")
                ? chat.server.log.EventLog.to(System.err) : chat.server.log.EventLog.silent()));
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(0, closeable);
        return closeable;
    }
}
