package chat.client.session;

import chat.client.testing.FramedPeer;
import chat.client.testing.EnglishLocale;
import chat.client.testing.TestConsole;
import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.NoticeEvent;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The console on a dumb terminal against a real server on a loopback ephemeral port. */
@ExtendWith(EnglishLocale.class)
@Timeout(30)
class ConsoleEndToEndTest {
    private ChatServer server;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = ChatServer.start(ServerConfig.loopbackEphemeral());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.shutdown();
    }

    private TestConsole console(String nick) throws IOException {
        TestConsole console = TestConsole.withPassword(server.port(), nick, null);
        toClose.add(console);
        console.awaitJoined();
        return console;
    }

    private FramedPeer raw(String nick) throws IOException {
        FramedPeer client = new FramedPeer(server.port(), nick);
        toClose.add(client);
        return client;
    }

    @Test
    void typedLinesReachAnotherMemberAsMessages() throws IOException {
        FramedPeer bob = raw("bob");
        TestConsole alice = console("alice");
        alice.type("hello bob, ça va ?");
        Frame.Message m = bob.awaitFrame(Frame.Message.class, f -> true);
        assertThat(m.nick()).isEqualTo("alice");
        assertThat(m.address()).isEqualTo("127.0.0.1");
        assertThat(m.text()).isEqualTo("hello bob, ça va ?");
        alice.awaitScreen("alice (you): hello bob, ça va ?");
    }

    @Test
    void linesAreSentAsTypedWithoutQuoteOrEscapeProcessing() throws IOException {
        FramedPeer bob = raw("bob");
        TestConsole alice = console("alice");
        String line = "it's \"quoted\" \\ back-slash !! !$ and a trailing \\";
        alice.type(line);
        assertThat(bob.awaitFrame(Frame.Message.class, f -> true).text()).isEqualTo(line);
    }

    @Test
    void messagesFromOthersShowTheirAddressAndNick() throws IOException {
        TestConsole alice = console("alice");
        FramedPeer bob = raw("bob");
        alice.awaitScreen("bob (127.0.0.1) joined");
        bob.send(new Frame.Say("salut\nà tous"));
        alice.awaitScreen("127.0.0.1 bob: salut");
        alice.awaitScreen("127.0.0.1 bob: à tous");
    }

    @Test
    void escapeSequencesFromAnotherMemberNeverReachTheTerminal() throws IOException {
        TestConsole alice = console("alice");
        FramedPeer bob = raw("bob");
        bob.send(new Frame.Say("before\tx"));
        alice.awaitScreen("before");
        // The server refuses raw controls in text; C1 and bidi controls aside, check what it relays is made safe.
        bob.send(new Frame.Say("\u202Eevil\u2066 end"));
        alice.awaitScreen("end");
        bob.send(new Frame.Say("last"));
        alice.awaitScreen("127.0.0.1 bob: last");
        assertThat(alice.screen()).doesNotContain("\u001b").doesNotContain("\u202E").doesNotContain("\u2066");
    }

    @Test
    void nickChangeIsAnnouncedToEveryone() throws IOException {
        FramedPeer bob = raw("bob");
        TestConsole alice = console("alice");
        alice.type("/nick Alys");
        alice.awaitScreen("alice is now known as Alys");
        bob.awaitFrame(Frame.Notice.class, n -> n.event() == NoticeEvent.NICK && "Alys".equals(n.member().nick()));
        alice.type("after");
        assertThat(bob.awaitFrame(Frame.Message.class, m -> m.text().equals("after")).nick()).isEqualTo("Alys");
    }

    @Test
    void invalidNickIsRefusedLocally() throws IOException {
        TestConsole alice = console("alice");
        alice.type("/nick no/slashes");
        alice.awaitScreen("invalid nick no/slashes");
    }

    @Test
    void whoListsEveryMemberWithItsAddress() throws IOException {
        raw("bob");
        raw("carol");
        TestConsole alice = console("alice");
        alice.type("/who");
        alice.awaitScreen("3 in the room:");
        alice.awaitScreen("bob 127.0.0.1");
        alice.awaitScreen("carol 127.0.0.1");
        alice.awaitScreen("alice 127.0.0.1 (you)");
    }

    @Test
    void msgWhispersToTheNamedMemberOnly() throws IOException {
        FramedPeer bob = raw("bob");
        FramedPeer carol = raw("carol");
        TestConsole alice = console("alice");
        alice.type("/msg BOB just for you");
        Frame.Message m = bob.awaitFrame(Frame.Message.class, f -> true);
        assertThat(m.isPrivate()).isTrue();
        assertThat(m.text()).isEqualTo("just for you");
        alice.awaitScreen("→ bob (private): just for you");
        alice.type("to all");
        carol.awaitFrame(Frame.Message.class, f -> f.text().equals("to all"));
        assertThat(carol.find(Frame.Message.class, f -> f.text().equals("just for you"))).isNull();
    }

    @Test
    void whispersReceivedAreMarkedPrivate() throws IOException {
        TestConsole alice = console("alice");
        FramedPeer bob = raw("bob");
        int aliceId = alice.session().room().you().id();
        bob.send(new Frame.Whisper(aliceId, "psst"));
        alice.awaitScreen("127.0.0.1 bob (private): psst");
    }

    @Test
    void msgToAnUnknownNickIsAClearError() throws IOException {
        TestConsole alice = console("alice");
        alice.type("/msg nobody hello");
        alice.awaitScreen("no member named nobody");
    }

    @Test
    void unknownCommandIsAClearError() throws IOException {
        TestConsole alice = console("alice");
        alice.type("/dance");
        alice.awaitScreen("unknown command /dance");
    }

    @Test
    void quitSendsByeAndEndsTheConsole() throws Exception {
        FramedPeer bob = raw("bob");
        TestConsole alice = console("alice");
        alice.type("/quit");
        Frame.Notice leave = bob.awaitFrame(Frame.Notice.class, n -> n.event() == NoticeEvent.LEAVE);
        assertThat(leave.reason()).isEqualTo(LeaveReason.QUIT);
        assertThat(alice.awaitExit(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void endOfInputLeavesCleanly() throws Exception {
        FramedPeer bob = raw("bob");
        TestConsole alice = console("alice");
        alice.endInput();
        assertThat(alice.awaitExit(Duration.ofSeconds(5))).isTrue();
        Frame.Notice leave = bob.awaitFrame(Frame.Notice.class, n -> n.event() == NoticeEvent.LEAVE);
        assertThat(leave.reason()).isEqualTo(LeaveReason.QUIT);
    }

    @Test
    void exitDoesNotHangWhenTheServerHasVanished() throws Exception {
        TestConsole alice = console("alice");
        server.shutdown();
        alice.awaitScreen("the server is shutting down");
        long start = System.nanoTime();
        alice.type("/quit");
        assertThat(alice.awaitExit(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void linesTypedWhileDisconnectedAreRefusedAloud() throws Exception {
        TestConsole alice = console("alice");
        server.shutdown();
        await().atMost(Duration.ofSeconds(5)).until(() -> !alice.session().link().isJoined());
        alice.type("anyone?");
        alice.awaitScreen("not connected: not sent");
    }

    @Test
    void reconnectsWithItsNickAfterTheServerComesBack() throws Exception {
        TestConsole alice = console("alice");
        alice.type("/nick Alys");
        alice.awaitScreen("alice is now known as Alys");
        int port = server.port();
        server.shutdown();
        alice.awaitScreen("connection lost");
        alice.awaitScreen("reconnecting in");
        server = ChatServer.start(ServerConfig.loopbackEphemeral()
                .withListen(List.of(new InetSocketAddress("127.0.0.1", port))));
        FramedPeer bob = raw("bob");
        await().atMost(Duration.ofSeconds(10)).until(() -> alice.session().link().isJoined());
        assertThat(alice.session().room().you().nick()).isEqualTo("Alys");
        alice.type("back again");
        assertThat(bob.awaitFrame(Frame.Message.class, m -> m.text().equals("back again")).nick()).isEqualTo("Alys");
    }

    @Test
    void theNickAskedForIsTakenBackWhenTheMemberHoldingItLeaves() throws Exception {
        FramedPeer holder = raw("alice");
        TestConsole alice = console("alice");
        assertThat(alice.session().room().you().nick()).isEqualTo("alice-2");
        holder.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> "alice".equals(alice.session().room().you().nick()));
        alice.awaitScreen("alice-2 is now known as alice");
    }

    @Test
    void aWrongPasswordStopsReconnectingAndSaysWhy() throws Exception {
        server.shutdown();
        server = ChatServer.start(ServerConfig.loopbackEphemeral().withPassword("secret"));
        TestConsole alice = TestConsole.withPassword(server.port(), "alice", "wrong");
        toClose.add(alice);
        alice.awaitScreen("auth_failed");
        alice.awaitScreen("not reconnecting");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> alice.session().link().state() == chat.client.net.ChatLink.State.STOPPED);
        assertThat(alice.screen()).doesNotContain("reconnecting in");
    }

    @Test
    void theRightPasswordJoins() throws Exception {
        server.shutdown();
        server = ChatServer.start(ServerConfig.loopbackEphemeral().withPassword("secret"));
        TestConsole alice = TestConsole.withPassword(server.port(), "alice", "secret");
        toClose.add(alice);
        alice.awaitJoined();
        alice.awaitScreen("joined 127.0.0.1:" + server.port() + " as alice");
    }
}
