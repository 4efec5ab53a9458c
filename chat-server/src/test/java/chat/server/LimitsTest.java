package chat.server;

import chat.core.frame.Frame;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.Protocol;
import chat.server.support.FramedClient;
import chat.server.support.LineClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Connection limits and the optional rate limit: refusals explain themselves, floods get a clear error. */
class LimitsTest {

    @Test
    void aFullRoomRefusesTheNextClientWithServerFull() throws IOException {
        try (ChatServer server = ChatServer.start(ServerConfig.loopbackEphemeral().withClientLimits(2, 100));
             FramedClient a = FramedClient.join(server.port(), "a");
             FramedClient b = FramedClient.join(server.port(), "b");
             FramedClient c = FramedClient.connect(server.port());
             LineClient d = LineClient.connect(server.port())) {
            c.send(new Frame.Hello(Protocol.VERSION, "c", null, "tests"));
            Frame.Error error = c.nextError();
            assertThat(error.code()).isEqualTo(ErrorCode.SERVER_FULL.wire());
            assertThat(error.fatal()).isTrue();
            await().atMost(FramedClient.WAIT).until(c::isClosedByPeer);
            d.send("hello\n");
            assertThat(d.nextLine()).startsWith("*** error:").contains("full");
            await().atMost(FramedClient.WAIT).until(d::isClosedByPeer);
            assertThat(server.memberCount()).isEqualTo(2);
        }
    }

    @Test
    void tooManyConnectionsFromOneAddressAreRefusedWithAReason() throws IOException {
        try (ChatServer server = ChatServer.start(ServerConfig.loopbackEphemeral().withClientLimits(100, 2));
             FramedClient a = FramedClient.join(server.port(), "a");
             FramedClient b = FramedClient.join(server.port(), "b");
             FramedClient c = FramedClient.connect(server.port())) {
            c.send(new Frame.Hello(Protocol.VERSION, "c", null, "tests"));
            Frame.Error error = c.nextError();
            assertThat(error.code()).isEqualTo(ErrorCode.SERVER_FULL.wire());
            assertThat(error.message()).contains("127.0.0.1");
            await().atMost(FramedClient.WAIT).until(c::isClosedByPeer);
            b.close();
            await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 1);
            try (FramedClient again = FramedClient.join(server.port(), "again")) {
                assertThat(again.me().nick()).isEqualTo("again");
            }
        }
    }

    @Test
    void aMemberAboveTheRateLimitGetsOneClearErrorAndItsExtraMessagesAreNotRelayed() throws IOException {
        int limit = 5;
        try (ChatServer server = ChatServer.start(ServerConfig.loopbackEphemeral().withRateLimit(limit));
             FramedClient flooder = FramedClient.join(server.port(), "flooder");
             FramedClient listener = FramedClient.join(server.port(), "listener")) {
            for (int i = 0; i < 3 * limit; i++) {
                flooder.say("burst " + i);
            }
            Frame.Error error = flooder.nextError();
            assertThat(error.code()).isEqualTo(ErrorCode.RATE_LIMITED.wire());
            assertThat(error.fatal()).isFalse();
            for (int i = 0; i < limit; i++) {
                assertThat(listener.nextMessage().text()).isEqualTo("burst " + i);
            }
            flooder.send(new Frame.Ping(new byte[0]));
            flooder.next(chat.core.protocol.FrameType.PONG);
            listener.send(new Frame.Ping(new byte[0]));
            listener.next(chat.core.protocol.FrameType.PONG);
            // every burst message the server relayed came before the PONG; at most `limit` of them a second
            assertThat(listener.drain()).filteredOn(in -> in.frame() instanceof Frame.Message)
                    .hasSizeLessThanOrEqualTo(2 * limit);
        }
    }
}
