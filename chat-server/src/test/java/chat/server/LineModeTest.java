package chat.server;

import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.MemberMode;
import chat.core.model.NoticeEvent;
import chat.core.protocol.ProtocolLimits;
import chat.server.support.FramedClient;
import chat.server.support.LineClient;
import chat.server.support.ServerTestBase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static chat.server.ChatRoomTest.nextMessageLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Line mode on the same port: nc-style clients, classroom scripts without newlines, and the slash commands. */
class LineModeTest extends ServerTestBase {

    @Test
    void aClientThatSaysNothingIsTakenForALineClientAndWelcomed() throws IOException {
        FramedClient observer = framed("observer");
        LineClient silent = track(LineClient.connect(port));
        List<String> welcome = silent.awaitWelcome();
        assertThat(welcome.get(0)).startsWith("*** Welcome! You are guest-").contains("(127.0.0.1)").contains("observer");
        Frame.Notice join = observer.nextNotice(NoticeEvent.JOIN);
        assertThat(join.member().mode()).isEqualTo(MemberMode.LINE);
    }

    @Test
    void textWithoutANewlineIsRelayedOnceTheInputStaysIdle() throws IOException {
        FramedClient observer = framed("observer");
        LineClient classroom = track(LineClient.connect(port));
        classroom.send("hello from python");
        classroom.awaitWelcome();
        assertThat(observer.nextMessage().text()).isEqualTo("hello from python");
        classroom.send("second message");
        assertThat(observer.nextMessage().text()).isEqualTo("second message");
    }

    @Test
    void textWithoutANewlineIsRelayedWhenTheClientClosesRightAfterSendingIt() throws IOException {
        FramedClient observer = framed("observer");
        LineClient classroom = track(LineClient.connect(port));
        classroom.awaitWelcome();
        observer.nextNotice(chat.core.model.NoticeEvent.JOIN);
        classroom.send("au revoir");
        classroom.close();
        assertThat(observer.nextMessage().text()).isEqualTo("au revoir");
    }

    @Test
    void crlfLinesLoseTheirCarriageReturn() throws IOException {
        FramedClient observer = framed("observer");
        LineClient telnet = line();
        telnet.send("salut\r\nça va ?\r\n");
        assertThat(observer.nextMessage().text()).isEqualTo("salut");
        assertThat(observer.nextMessage().text()).isEqualTo("ça va ?");
    }

    @Test
    void aMultiLineMessageGetsThePrefixOnEveryLine() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        alice.say("one\ntwo");
        assertThat(nextMessageLine(l1)).isEqualTo("127.0.0.1 alice: one");
        assertThat(nextMessageLine(l1)).isEqualTo("127.0.0.1 alice: two");
    }

    @Test
    void slashNickRenamesOrExplainsWhyNot() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        String guest = l1.nick();
        l1.send("/nick ALICE\n");
        assertThat(l1.nextLineStartingWith("***")).startsWith("*** error:").contains("taken");
        l1.send("/nick two words\n");
        assertThat(l1.nextLineStartingWith("***")).startsWith("*** error:");
        l1.send("/nick Zoé\n");
        assertThat(l1.nextLineStartingWith("***")).isEqualTo("*** 127.0.0.1 " + guest + " is now Zoé");
        Frame.Notice renamed = alice.nextNotice(NoticeEvent.NICK);
        assertThat(renamed.member().nick()).isEqualTo("Zoé");
        assertThat(renamed.previousNick()).isEqualTo(guest);
    }

    @Test
    void slashWhoListsEveryNickWithItsAddress() throws IOException {
        framed("alice");
        framed("bob");
        LineClient l1 = line();
        l1.send("/who\n");
        assertThat(l1.nextLineStartingWith("***")).isEqualTo("*** 3 members:");
        assertThat(List.of(l1.nextLine(), l1.nextLine(), l1.nextLine())).containsExactly(
                "***   alice 127.0.0.1", "***   bob 127.0.0.1", "***   " + l1.nick() + " 127.0.0.1 (you)");
    }

    @Test
    void slashMsgWhispersToOneMember() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        LineClient l1 = line();
        l1.send("/msg ALICE rendez-vous à midi\n");
        Frame.Message whisper = alice.nextMessage();
        assertThat(whisper.isPrivate()).isTrue();
        assertThat(whisper.text()).isEqualTo("rendez-vous à midi");
        l1.send("/msg nobody hello\n");
        assertThat(l1.nextLineStartingWith("***")).startsWith("*** error:").contains("nobody");
        l1.send("/msg alice\n");
        assertThat(l1.nextLineStartingWith("***")).isEqualTo("*** error: usage: /msg NICK TEXT");
        l1.send("public\n");
        assertThat(bob.nextMessage().text()).isEqualTo("public");
    }

    @Test
    void slashHelpListsTheCommandsAndUnknownCommandsAreExplained() throws IOException {
        LineClient l1 = line();
        l1.send("/help\n");
        List<String> help = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            help.add(l1.nextLine());
        }
        assertThat(String.join("\n", help)).contains("/nick", "/who", "/msg", "/quit", "/help");
        l1.send("/dance\n");
        assertThat(l1.nextLine()).startsWith("*** error: unknown command /dance");
    }

    @Test
    void slashQuitLeavesWithReasonQuit() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        l1.send("/quit\n");
        await().atMost(FramedClient.WAIT).until(l1::isClosedByPeer);
        Frame.Notice leave = alice.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.reason()).isEqualTo(LeaveReason.QUIT);
    }

    @Test
    void aLineOverMaxTextIsAnsweredWithAnErrorAndTheNextLineIsFine() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        l1.send("y".repeat(ProtocolLimits.DEFAULT_MAX_TEXT + 10) + "\nnext line\n");
        assertThat(l1.nextLineStartingWith("***")).startsWith("*** error: line longer than");
        assertThat(alice.nextMessage().text()).isEqualTo("next line");
        l1.send("x".repeat(ProtocolLimits.DEFAULT_MAX_TEXT) + "\r\n");
        assertThat(alice.nextMessage().text()).hasSize(ProtocolLimits.DEFAULT_MAX_TEXT);
    }

    @Test
    void invalidTextFromALineClientIsAnsweredAndNotRelayed() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        l1.sendRaw(new byte[]{'b', 'a', 'd', (byte) 0xFF, '\n'});
        assertThat(l1.nextLineStartingWith("***")).startsWith("*** error:");
        l1.send("\u001B]0;pwned\u0007\n");
        assertThat(l1.nextLineStartingWith("***")).startsWith("*** error:");
        l1.send("clean\n");
        assertThat(alice.nextMessage().text()).isEqualTo("clean");
        assertThat(alice.drain()).noneMatch(in -> in.frame() instanceof Frame.Message);
    }

    @Test
    void aCharacterSplitAcrossTwoWritesArrivesIntact() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        byte[] text = "café €\n".getBytes(StandardCharsets.UTF_8);
        int split = 4; // inside the two bytes of é
        l1.sendRaw(java.util.Arrays.copyOfRange(text, 0, split));
        l1.sendRaw(java.util.Arrays.copyOfRange(text, split, text.length));
        assertThat(alice.nextMessage().text()).isEqualTo("café €");
    }

    @Test
    void aPasswordServerPromptsLineClientsAndClosesOnAWrongOne() throws IOException {
        try (ChatServer guarded = ChatServer.start(ServerConfig.loopbackEphemeral().withPassword("sésame"))) {
            LineClient wrong = track(LineClient.connect(guarded.port()));
            assertThat(wrong.nextLine()).isEqualTo("*** password:");
            wrong.send("sesame\n");
            assertThat(wrong.nextLine()).startsWith("*** error:").contains("password");
            await().atMost(FramedClient.WAIT).until(wrong::isClosedByPeer);

            LineClient right = track(LineClient.connect(guarded.port()));
            right.send("sésame\n");
            assertThat(right.nextLine()).isEqualTo("*** password:");
            right.awaitWelcome();
            assertThat(guarded.memberCount()).isEqualTo(1);
        }
    }
}
