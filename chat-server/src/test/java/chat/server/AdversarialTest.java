package chat.server;

import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.NoticeEvent;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.server.log.EventLog;
import chat.server.support.FramedClient;
import chat.server.support.Images;
import chat.server.support.LineClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One server takes everything a hostile or broken client can send; after each attack two
 * fresh clients still chat and the room is empty again. Join and stall timeouts are 1 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdversarialTest {
    private static final long SHORT_TIMEOUT_MILLIS = 1_000;

    private ChatServer server;
    private int port;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        server = ChatServer.start(ServerConfig.loopbackEphemeral().withTimers(
                Protocol.IDLE_PING_MILLIS, Protocol.IDLE_CLOSE_MILLIS, SHORT_TIMEOUT_MILLIS, SHORT_TIMEOUT_MILLIS),
                Boolean.getBoolean("chat.test.log") ? EventLog.to(System.err) : EventLog.silent());
        port = server.port();
    }

    @AfterAll
    void stop() {
        server.shutdown();
    }

    @AfterEach
    void twoFreshClientsStillChat() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        open.clear();
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 0);
        assertThat(server.isRunning()).isTrue();
        try (FramedClient a = FramedClient.join(port, "fresh-a"); FramedClient b = FramedClient.join(port, "fresh-b")) {
            a.say("still alive?");
            assertThat(b.nextMessage().text()).isEqualTo("still alive?");
            b.say("yes");
            assertThat(a.nextMessage().text()).isEqualTo("yes");
        }
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 0);
    }

    @Test
    void garbageBytesNeverHurtTheServer() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            byte[] garbage = new byte[1 + random.nextInt(8 * 1024)];
            random.nextBytes(garbage);
            if (i % 2 == 0) {
                garbage[0] = 0; // taken for a framed client
            }
            try (Socket socket = rawSocket()) {
                socket.getOutputStream().write(garbage);
            } catch (IOException e) {
                // the server may reset a connection it has already refused
            }
        }
    }

    @Test
    void hugeAndNegativeLengthsAreRefusedBeforeAnyBodyIsRead() throws Exception {
        for (int length : new int[]{0x00FF_FFFF, 0x0001_0000, Protocol.MIN_MAX_FRAME * 256 + 1}) {
            FramedClient client = keep(FramedClient.connect(port));
            client.sendRaw(ByteBuffer.allocate(5).putInt(length).put((byte) 1).array());
            assertFatal(client, ErrorCode.FRAME_TOO_LARGE);
        }
        for (int length : new int[]{-1, Integer.MIN_VALUE, Protocol.MIN_MAX_FRAME * 1024 + 1}) {
            FramedClient member = keep(FramedClient.join(port, "m"));
            member.sendRaw(ByteBuffer.allocate(5).putInt(length).put((byte) FrameType.SAY.code()).array());
            assertFatal(member, ErrorCode.FRAME_TOO_LARGE);
        }
        // a negative length's first byte is not 0: such a client is a line client sending bytes that are not text
        LineClient negative = keep(LineClient.connect(port));
        negative.sendRaw(new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, '\n'});
        negative.awaitWelcome();
        assertThat(negative.nextLineStartingWith("***")).startsWith("*** error:");
    }

    @Test
    void truncatedFramesAreDroppedWithTheConnection() throws Exception {
        FramedClient observer = keep(FramedClient.join(port, "observer"));
        FramedClient truncated = FramedClient.join(port, "truncated");
        truncated.sendRaw(Arrays.copyOf(FramedClient.bytes(new Frame.Say("x".repeat(100))), 30));
        truncated.close();
        Frame.Notice leave = observer.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.member().nick()).isEqualTo("truncated");
        assertThat(leave.reason()).isEqualTo(LeaveReason.CLOSED);
    }

    @Test
    void aFrameWhoseBytesStopArrivingIsTimedOut() throws Exception {
        FramedClient observer = keep(FramedClient.join(port, "observer"));
        FramedClient stalled = keep(FramedClient.join(port, "stalled"));
        stalled.sendRaw(Arrays.copyOf(FramedClient.bytes(new Frame.Say("y".repeat(100))), 50));
        assertFatal(stalled, ErrorCode.BAD_FRAME);
        Frame.Notice leave = observer.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.reason()).isEqualTo(LeaveReason.ERROR);
    }

    @Test
    void aSteadyStreamOfFramesIsNotMistakenForAStall() throws Exception {
        FramedClient observer = keep(FramedClient.join(port, "observer"));
        FramedClient streamer = keep(FramedClient.join(port, "streamer"));
        long until = System.nanoTime() + 5 * SHORT_TIMEOUT_MILLIS * 1_000_000 / 2;
        byte[] previousTail = new byte[0];
        int sent = 0;
        // each write ends inside the next frame, so no read of the server ever ends on a frame boundary
        while (System.nanoTime() < until && sent < 200_000) {
            byte[] frame = FramedClient.bytes(new Frame.Say("part " + sent));
            int cut = frame.length / 2;
            byte[] write = new byte[previousTail.length + cut];
            System.arraycopy(previousTail, 0, write, 0, previousTail.length);
            System.arraycopy(frame, 0, write, previousTail.length, cut);
            streamer.sendRaw(write);
            previousTail = Arrays.copyOfRange(frame, cut, frame.length);
            if (sent > 0) {
                assertThat(observer.nextMessage().text()).isEqualTo("part " + (sent - 1));
            }
            sent++;
        }
        streamer.sendRaw(previousTail);
        assertThat(observer.nextMessage().text()).isEqualTo("part " + (sent - 1));
        assertThat(streamer.isClosedByPeer()).isFalse();
        assertThat(server.memberCount()).isEqualTo(2);
    }

    @Test
    void slowlorisConnectionsAreClosedAndNeverDelayTheRoom() throws Exception {
        List<FramedClient> lorises = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            FramedClient loris = keep(FramedClient.connect(port));
            loris.sendRaw(new byte[]{0, 0}); // half a length, then nothing
            lorises.add(loris);
        }
        try (FramedClient a = FramedClient.join(port, "a"); FramedClient b = FramedClient.join(port, "b")) {
            a.say("not delayed");
            assertThat(b.nextMessage().text()).isEqualTo("not delayed");
        }
        for (FramedClient loris : lorises) {
            Frame.Error error = loris.nextError();
            assertThat(error.code()).isIn(ErrorCode.HELLO_TIMEOUT.wire(), ErrorCode.BAD_FRAME.wire());
            assertThat(error.fatal()).isTrue();
            await().atMost(FramedClient.WAIT).until(loris::isClosedByPeer);
        }
    }

    @Test
    void aBurstOfFiveHundredConnectsAndDisconnectsLeavesNothingBehind() throws Exception {
        long fdsBefore = openFileDescriptors();
        byte[] hello = FramedClient.bytes(new Frame.Hello(Protocol.VERSION, "burst", null, "t"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 125; i++) {
                        try (Socket socket = rawSocket()) {
                            OutputStream out = socket.getOutputStream();
                            switch ((thread + i) % 4) {
                                case 0 -> out.write(hello);
                                case 1 -> out.write("hi\n".getBytes());
                                case 2 -> socket.setSoLinger(true, 0);
                                default -> {
                                    // connect and leave at once
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 0);
        if (fdsBefore > 0) {
            await().atMost(FramedClient.WAIT).until(() -> openFileDescriptors() <= fdsBefore + 8);
        }
    }

    @Test
    void aFloodBesideAQuietPairNeitherStarvesItNorLosesAnything() throws Exception {
        FramedClient quietA = keep(FramedClient.join(port, "quiet-a"));
        FramedClient quietB = keep(FramedClient.join(port, "quiet-b"));
        FramedClient flooder = keep(FramedClient.join(port, "flooder"));
        int floodCount = 8_000;
        String padding = "f".repeat(500);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<Long> latenciesMillis = new ArrayList<>();
        try {
            Future<?> flood = pool.submit(() -> {
                for (int i = 0; i < floodCount; i++) {
                    flooder.say(i + " " + padding);
                }
                return null;
            });
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                quietA.say("quiet " + i);
                Frame.Message m = (Frame.Message) quietB.next(f -> f instanceof Frame.Message msg
                        && msg.nick().equals("quiet-a"), "quiet message").frame();
                latenciesMillis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(m.text()).isEqualTo("quiet " + i);
            }
            flood.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // everything the flooder sent reached quiet-a, in order: a client that keeps up loses nothing
        int expected = 0;
        while (expected < floodCount) {
            Frame.Message m = quietA.nextMessage();
            assertThat(m.text()).startsWith(expected + " ");
            expected++;
        }
        latenciesMillis.sort(null);
        System.out.println("quiet pair latency beside a flood: median " + latenciesMillis.get(10) + " ms, max "
                + latenciesMillis.get(19) + " ms");
        assertThat(latenciesMillis.get(19)).as("worst quiet-pair latency, ms").isLessThan(5_000);
        assertThat(quietB.isClosedByPeer()).isFalse();
    }

    @Test
    void aClientKilledMidImageAbortsTheTransferOnly() throws Exception {
        FramedClient observer = keep(FramedClient.join(port, "observer"));
        FramedClient sender = FramedClient.join(port, "sender");
        byte[] image = Images.png(200_000, 11);
        sender.send(new Frame.ImageBegin(1, null, null, "x.png", "image/png", image.length, Images.sha256(image)));
        sender.send(new Frame.ImageChunk(1, Arrays.copyOf(image, 50_000)));
        Frame.ImageBegin begin = (Frame.ImageBegin) observer.next(FrameType.IMAGE_BEGIN).frame();
        observer.next(FrameType.IMAGE_CHUNK);
        sender.kill();
        Frame.ImageAbort abort = (Frame.ImageAbort) observer.next(FrameType.IMAGE_ABORT).frame();
        assertThat(abort.transfer()).isEqualTo(begin.transfer());
        Frame.Notice leave = observer.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.member().nick()).isEqualTo("sender");
    }

    @Test
    void bytesAfterAFatalErrorAreNeverRead() throws Exception {
        FramedClient client = keep(FramedClient.connect(port));
        byte[] attack = new byte[64 * 1024];
        ByteBuffer.wrap(attack).putInt(0);
        Arrays.fill(attack, 4, attack.length, (byte) 'A');
        client.sendRaw(attack);
        assertFatal(client, ErrorCode.BAD_FRAME);
    }

    private static void assertFatal(FramedClient client, ErrorCode code) {
        Frame.Error error = client.nextError();
        assertThat(error.code()).isEqualTo(code.wire());
        assertThat(error.fatal()).isTrue();
        await().atMost(FramedClient.WAIT).until(client::isClosedByPeer);
    }

    private Socket rawSocket() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    /** File descriptors open in this process (server and test clients alike), or -1 where /proc is missing. */
    static long openFileDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }
}
