package chat.server;

import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.NoticeEvent;
import chat.server.support.FaultProxy;
import chat.server.support.FramedClient;
import chat.server.support.Images;
import chat.server.support.LineClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static chat.server.ChatRoomTest.nextMessageLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real clients talking to the server through a {@link FaultProxy} that fragments, delays, freezes and cuts. */
class FaultInjectionTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void messagesCrossAProxyThatSendsEveryByteOnItsOwnIntact() throws Exception {
        ChatServer server = keep(ChatServer.start(ServerConfig.loopbackEphemeral()));
        FaultProxy proxy = keep(FaultProxy.to(server.port()).fragmentToSingleBytes(true));
        FramedClient direct = keep(FramedClient.join(server.port(), "direct"));
        FramedClient viaProxy = keep(FramedClient.join(proxy.port(), "Zoé"));
        LineClient lineViaProxy = keep(LineClient.join(proxy.port()));
        assertThat(viaProxy.me().nick()).isEqualTo("Zoé");

        String text = "héhé 😀 — ünïcödé in pieces";
        viaProxy.say(text);
        assertThat(direct.nextMessage().text()).isEqualTo(text);
        assertThat(nextMessageLine(lineViaProxy)).isEqualTo("127.0.0.1 Zoé: " + text);

        lineViaProxy.send("€uro line\r\n");
        assertThat(direct.nextMessage().text()).isEqualTo("€uro line");
        assertThat(viaProxy.nextMessage().text()).isEqualTo("€uro line");

        direct.say(text);
        assertThat(viaProxy.nextMessage().text()).isEqualTo(text);

        byte[] image = Images.png(12_000, 9);
        ImageRelayTest.sendImage(viaProxy, 1, "tiny.png", "image/png", image, Images.sha256(image));
        Frame.ImageBegin begin = (Frame.ImageBegin) direct.next(chat.core.protocol.FrameType.IMAGE_BEGIN).frame();
        assertThat(ImageRelayTest.receive(direct, begin.transfer())).isEqualTo(image);
    }

    @Test
    void delayedTrafficArrivesCompleteAndInOrder() throws Exception {
        ChatServer server = keep(ChatServer.start(ServerConfig.loopbackEphemeral()));
        FaultProxy proxy = keep(FaultProxy.to(server.port()).delay(20));
        FramedClient direct = keep(FramedClient.join(server.port(), "direct"));
        FramedClient slowLink = keep(FramedClient.join(proxy.port(), "slowlink"));
        for (int i = 0; i < 50; i++) {
            slowLink.say("m" + i);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(direct.nextMessage().text()).isEqualTo("m" + i);
        }
        direct.say("back");
        assertThat(slowLink.nextMessage().text()).isEqualTo("back");
    }

    @Test
    void aCutConnectionIsCleanedUpAndAnnounced() throws Exception {
        ChatServer server = keep(ChatServer.start(ServerConfig.loopbackEphemeral()));
        FaultProxy proxy = keep(FaultProxy.to(server.port()));
        FramedClient observer = keep(FramedClient.join(server.port(), "observer"));
        keep(FramedClient.join(proxy.port(), "cut"));
        keep(LineClient.join(proxy.port()));
        assertThat(server.memberCount()).isEqualTo(3);

        proxy.cutAll();

        List<String> gone = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Frame.Notice leave = observer.nextNotice(NoticeEvent.LEAVE);
            assertThat(leave.reason()).isEqualTo(LeaveReason.CLOSED);
            gone.add(leave.member().nick());
        }
        assertThat(gone).contains("cut");
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 1);
    }

    @Test
    void aClientThatVanishesSilentlyIsTimedOut() throws Exception {
        ChatServer server = keep(ChatServer.start(ServerConfig.loopbackEphemeral().withTimers(300, 1_000, 10_000, 30_000)));
        FaultProxy proxy = keep(FaultProxy.to(server.port()));
        FramedClient observer = keep(FramedClient.join(server.port(), "observer"));
        keep(FramedClient.join(proxy.port(), "unplugged"));

        proxy.freeze();

        Frame.Notice leave = observer.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.member().nick()).isEqualTo("unplugged");
        assertThat(leave.reason()).isEqualTo(LeaveReason.TIMEOUT);
        assertThat(server.memberCount()).isEqualTo(1);
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(0, closeable);
        return closeable;
    }
}
