package chat.server;

import chat.core.frame.Frame;
import chat.core.json.Json;
import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.core.model.NoticeEvent;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.server.support.FramedClient;
import chat.server.support.LineClient;
import chat.server.support.ServerTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The room seen through real sockets: messages, order, notices, WELCOME, nicks, WHO, WHISPER, PING, BYE. */
class ChatRoomTest extends ServerTestBase {
    private static final String LOOPBACK = "127.0.0.1";

    @Test
    void framedAndLineMembersExchangeMessagesWithTheSendersAddress() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        FramedClient carol = framed("carol");
        LineClient l1 = line();
        LineClient l2 = line();

        alice.say("bonjour à tous");
        for (FramedClient c : List.of(bob, carol)) {
            Frame.Message m = c.nextMessage();
            assertThat(m.senderId()).isEqualTo(alice.id());
            assertThat(m.nick()).isEqualTo("alice");
            assertThat(m.address()).isEqualTo(LOOPBACK);
            assertThat(m.isPrivate()).isFalse();
            assertThat(m.text()).isEqualTo("bonjour à tous");
            assertThat(m.serverTimeMillis()).isPositive();
        }
        for (LineClient l : List.of(l1, l2)) {
            assertThat(nextMessageLine(l)).isEqualTo("127.0.0.1 alice: bonjour à tous");
        }

        l1.send("salut\n");
        for (FramedClient c : List.of(alice, bob, carol)) {
            Frame.Message m = c.nextMessage();
            assertThat(m.nick()).isEqualTo(l1.nick());
            assertThat(m.text()).isEqualTo("salut");
        }
        assertThat(nextMessageLine(l2)).isEqualTo("127.0.0.1 " + l1.nick() + ": salut");
    }

    @Test
    void theSenderNeverReceivesItsOwnMessage() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        LineClient l1 = line();

        alice.say("from alice");
        assertThat(bob.nextMessage().text()).isEqualTo("from alice");
        l1.send("from line\n");
        assertThat(bob.nextMessage().text()).isEqualTo("from line");
        bob.say("from bob");

        // the total order puts each member's own message before the next ones it does receive
        assertThat(alice.nextMessage().text()).isEqualTo("from line");
        assertThat(alice.nextMessage().text()).isEqualTo("from bob");
        assertThat(nextMessageLine(l1)).isEqualTo("127.0.0.1 alice: from alice");
        assertThat(nextMessageLine(l1)).isEqualTo("127.0.0.1 bob: from bob");
        bob.send(new Frame.Ping(new byte[]{1}));
        bob.next(FrameType.PONG);
        assertThat(bob.drain()).noneMatch(in -> in.frame() instanceof Frame.Message);
    }

    @Test
    void concurrentSendersAreSeenInOneTotalOrderByEveryRecipient() throws Exception {
        int perSender = 150;
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        FramedClient carol = framed("carol");
        LineClient l1 = line();
        LineClient l2 = line();
        List<String> senders = List.of("alice", "bob", "carol", l1.nick());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sending = new ArrayList<>();
            for (FramedClient c : List.of(alice, bob, carol)) {
                String nick = c.me().nick();
                sending.add(pool.submit(() -> {
                    for (int i = 0; i < perSender; i++) {
                        c.say(nick + "#" + i);
                    }
                    return null;
                }));
            }
            sending.add(pool.submit(() -> {
                for (int i = 0; i < perSender; i++) {
                    l1.send(l1.nick() + "#" + i + "\n");
                }
                return null;
            }));
            for (Future<?> f : sending) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, List<String>> seen = new HashMap<>();
        for (FramedClient c : List.of(alice, bob, carol)) {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < 3 * perSender; i++) {
                Frame.Message m = c.nextMessage();
                got.add(m.nick() + ": " + m.text());
            }
            seen.put(c.me().nick(), got);
        }
        for (LineClient l : List.of(l1, l2)) {
            int expected = (l == l1 ? 3 : 4) * perSender;
            List<String> got = new ArrayList<>();
            for (int i = 0; i < expected; i++) {
                got.add(nextMessageLine(l).substring((LOOPBACK + " ").length()));
            }
            seen.put(l == l1 ? l1.nick() : "l2", got);
        }

        for (Map.Entry<String, List<String>> entry : seen.entrySet()) {
            List<String> got = entry.getValue();
            assertThat(got).noneMatch(m -> m.startsWith(entry.getKey() + ": "));
            for (String sender : senders) {
                List<String> fromSender = got.stream().filter(m -> m.startsWith(sender + ": ")).toList();
                if (sender.equals(entry.getKey())) {
                    continue;
                }
                assertThat(fromSender).hasSize(perSender);
                for (int i = 0; i < perSender; i++) {
                    assertThat(fromSender.get(i)).isEqualTo(sender + ": " + sender + "#" + i);
                }
            }
        }
        for (String a : seen.keySet()) {
            for (String b : seen.keySet()) {
                List<String> common = seen.get(a).stream()
                        .filter(m -> !m.startsWith(a + ": ") && !m.startsWith(b + ": ")).toList();
                List<String> commonInB = seen.get(b).stream()
                        .filter(m -> !m.startsWith(a + ": ") && !m.startsWith(b + ": ")).toList();
                assertThat(commonInB).as("order seen by %s and %s", a, b).isEqualTo(common);
            }
        }
    }

    @Test
    void joinsNickChangesAndLeavesAreAnnouncedAsExactNoticesAndServerLines() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        FramedClient bob = framed("bob");
        Member bobMember = bob.me();

        FramedClient.Incoming join = alice.next(f -> f instanceof Frame.Notice n && n.event() == NoticeEvent.JOIN
                && n.member().nick().equals("bob"), "bob's join");
        assertThat(join.json()).isEqualTo(json("{\"event\":\"join\",\"member\":{\"id\":" + bobMember.id()
                + ",\"nick\":\"bob\",\"address\":\"127.0.0.1\",\"mode\":\"framed\"}}"));
        assertThat(l1.nextLineStartingWith("***")).isEqualTo("*** 127.0.0.1 bob joined");

        bob.send(new Frame.Nick("robert"));
        String robert = "{\"id\":" + bobMember.id() + ",\"nick\":\"robert\",\"address\":\"127.0.0.1\",\"mode\":\"framed\"}";
        for (FramedClient c : List.of(alice, bob)) {
            FramedClient.Incoming nick = c.next(f -> f instanceof Frame.Notice n && n.event() == NoticeEvent.NICK, "nick");
            assertThat(nick.json()).isEqualTo(json("{\"event\":\"nick\",\"member\":" + robert
                    + ",\"previousNick\":\"bob\"}"));
        }
        assertThat(l1.nextLineStartingWith("***")).isEqualTo("*** 127.0.0.1 bob is now robert");

        bob.send(new Frame.Bye());
        FramedClient.Incoming leave = alice.next(f -> f instanceof Frame.Notice n && n.event() == NoticeEvent.LEAVE,
                "leave");
        assertThat(leave.json()).isEqualTo(json("{\"event\":\"leave\",\"member\":" + robert + ",\"reason\":\"quit\"}"));
        assertThat(l1.nextLineStartingWith("***")).isEqualTo("*** 127.0.0.1 robert left (quit)");
        await().atMost(FramedClient.WAIT).until(bob::isClosedByPeer);

        LineClient l2 = line();
        Frame.Notice lineJoin = alice.nextNotice(NoticeEvent.JOIN);
        assertThat(lineJoin.member().mode()).isEqualTo(MemberMode.LINE);
        assertThat(lineJoin.member().nick()).isEqualTo(l2.nick());
        l2.send("/quit\n");
        Frame.Notice lineLeave = alice.nextNotice(NoticeEvent.LEAVE);
        assertThat(lineLeave.member().nick()).isEqualTo(l2.nick());
        assertThat(lineLeave.reason()).isEqualTo(LeaveReason.QUIT);
        await().atMost(FramedClient.WAIT).until(l2::isClosedByPeer);
    }

    @Test
    void aClosedConnectionLeavesWithReasonClosed() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        bob.close();
        Frame.Notice leave = alice.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.member().nick()).isEqualTo("bob");
        assertThat(leave.reason()).isEqualTo(LeaveReason.CLOSED);
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 1);
    }

    @Test
    void welcomeDescribesYouTheOthersTheMotdAndTheLimits() throws IOException {
        FramedClient alice = framed("alice");
        LineClient l1 = line();
        FramedClient bob = framed("bob");

        Frame.Welcome welcome = bob.welcome();
        assertThat(welcome.protocol()).isEqualTo(Protocol.VERSION);
        assertThat(welcome.you().nick()).isEqualTo("bob");
        assertThat(welcome.you().address()).isEqualTo(LOOPBACK);
        assertThat(welcome.you().mode()).isEqualTo(MemberMode.FRAMED);
        assertThat(welcome.you().id()).isPositive().isNotEqualTo(alice.id());
        assertThat(welcome.memberCount()).isEqualTo(3);
        assertThat(welcome.members()).extracting(Member::nick).containsExactly("alice", l1.nick());
        assertThat(welcome.motd()).isEmpty();
        assertThat(welcome.limits()).isEqualTo(ProtocolLimits.DEFAULTS);
    }

    @Test
    void welcomeCarriesTheMotdToFramedAndLineMembers() throws IOException {
        try (ChatServer withMotd = ChatServer.start(ServerConfig.loopbackEphemeral().withMotd("Bienvenue !"));
             FramedClient alice = FramedClient.join(withMotd.port(), "alice");
             LineClient l1 = LineClient.connect(withMotd.port())) {
            assertThat(alice.welcome().motd()).isEqualTo("Bienvenue !");
            l1.send("\n");
            assertThat(l1.awaitWelcome()).contains("*** Bienvenue !");
        }
    }

    @Test
    void idsAreNeverReused() throws IOException {
        FramedClient first = framed("first");
        int firstId = first.id();
        first.send(new Frame.Bye());
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 0);
        FramedClient second = framed("first");
        assertThat(second.id()).isGreaterThan(firstId);
        assertThat(second.me().nick()).isEqualTo("first");
    }

    @Test
    void aTakenNickJoinsWithTheFirstFreeSuffixComparedIgnoringCase() throws IOException {
        framed("alice");
        assertThat(framed("alice").me().nick()).isEqualTo("alice-2");
        assertThat(framed("ALICE").me().nick()).isEqualTo("ALICE-3");
        assertThat(framed("Élodie").me().nick()).isEqualTo("Élodie");
        assertThat(framed("élodie").me().nick()).isEqualTo("élodie-2");
        String longNick = "a".repeat(32);
        framed(longNick);
        assertThat(framed(longNick).me().nick()).isEqualTo("a".repeat(30) + "-2");
    }

    @Test
    void helloWithAnInvalidNickGetsBadNickAndJoinsAsAGuest() throws IOException {
        FramedClient client = track(FramedClient.connect(port));
        client.send(new Frame.Hello(Protocol.VERSION, "bad nick!", null, "tests"));
        // WELCOME first: before it, an ERROR would mean the HELLO was refused
        Frame.Welcome welcome = (Frame.Welcome) client.next().frame();
        assertThat(welcome.you().nick()).isEqualTo("guest-" + welcome.you().id());
        Frame.Error error = (Frame.Error) client.next().frame();
        assertThat(error.code()).isEqualTo(ErrorCode.BAD_NICK.wire());
        assertThat(error.fatal()).isFalse();
    }

    @Test
    void helloWithoutANickJoinsAsAGuest() throws IOException {
        FramedClient client = framed(null);
        assertThat(client.me().nick()).isEqualTo("guest-" + client.id());
    }

    @Test
    void nickToATakenOrInvalidNickIsRefusedAndChangesNothing() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");

        bob.send(new Frame.Nick("ALICE"));
        Frame.Error taken = bob.nextError();
        assertThat(taken.code()).isEqualTo(ErrorCode.NICK_TAKEN.wire());
        assertThat(taken.fatal()).isFalse();
        bob.send(new Frame.Nick("no spaces"));
        Frame.Error invalid = bob.nextError();
        assertThat(invalid.code()).isEqualTo(ErrorCode.BAD_NICK.wire());
        assertThat(invalid.fatal()).isFalse();
        bob.send(new Frame.Nick("x".repeat(33)));
        assertThat(bob.nextError().code()).isEqualTo(ErrorCode.BAD_NICK.wire());

        bob.say("still bob");
        assertThat(alice.nextMessage().nick()).isEqualTo("bob");
        bob.send(new Frame.Who(0));
        Frame.Members members = (Frame.Members) bob.next(FrameType.MEMBERS).frame();
        assertThat(members.members()).extracting(Member::nick).containsExactly("alice", "bob");

        bob.send(new Frame.Nick("Bob"));
        Frame.Notice renamed = alice.nextNotice(NoticeEvent.NICK);
        assertThat(renamed.member().nick()).isEqualTo("Bob");
        assertThat(renamed.previousNick()).isEqualTo("bob");
    }

    @Test
    void whoPagesThroughMembersWithOffsetAndTotal() throws IOException {
        FramedClient alice = framed("alice");
        framed("bob");
        line();

        alice.sendRaw(FramedClient.rawFrame(FrameType.WHO.code(), new byte[0]));
        Frame.Members all = (Frame.Members) alice.next(FrameType.MEMBERS).frame();
        assertThat(all.offset()).isZero();
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.members()).hasSize(3);
        assertThat(all.members().get(0)).isEqualTo(alice.me());
        assertThat(all.members().get(2).mode()).isEqualTo(MemberMode.LINE);

        alice.send(new Frame.Who(2));
        Frame.Members rest = (Frame.Members) alice.next(FrameType.MEMBERS).frame();
        assertThat(rest.offset()).isEqualTo(2);
        assertThat(rest.total()).isEqualTo(3);
        assertThat(rest.members()).containsExactly(all.members().get(2));

        alice.send(new Frame.Who(7));
        Frame.Members beyond = (Frame.Members) alice.next(FrameType.MEMBERS).frame();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(beyond.members()).isEmpty();
    }

    @Test
    void aWhisperReachesOnlyItsRecipientFlaggedPrivate() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        FramedClient carol = framed("carol");
        LineClient l1 = line();

        alice.send(new Frame.Whisper(bob.id(), "psst bob"));
        alice.send(new Frame.Whisper(carolLineIdOf(alice, l1), "psst line"));
        alice.say("public");

        Frame.Message toBob = bob.nextMessage();
        assertThat(toBob.isPrivate()).isTrue();
        assertThat(toBob.text()).isEqualTo("psst bob");
        assertThat(toBob.senderId()).isEqualTo(alice.id());
        assertThat(bob.nextMessage().isPrivate()).isFalse();
        assertThat(nextMessageLine(l1)).isEqualTo("127.0.0.1 alice (private): psst line");
        assertThat(nextMessageLine(l1)).isEqualTo("127.0.0.1 alice: public");
        Frame.Message toCarol = carol.nextMessage();
        assertThat(toCarol.text()).isEqualTo("public");
        assertThat(toCarol.isPrivate()).isFalse();
    }

    @Test
    void aWhisperToAnUnknownIdGetsNoSuchMember() throws IOException {
        FramedClient alice = framed("alice");
        alice.send(new Frame.Whisper(9_999, "anyone?"));
        Frame.Error error = alice.nextError();
        assertThat(error.code()).isEqualTo(ErrorCode.NO_SUCH_MEMBER.wire());
        assertThat(error.fatal()).isFalse();
        alice.send(new Frame.Ping(new byte[0]));
        alice.next(FrameType.PONG);
    }

    @Test
    void pingIsAnsweredWithAPongOfTheSameBody() throws IOException {
        FramedClient alice = framed("alice");
        byte[] body = "0123456789abcdef".repeat(4).getBytes();
        alice.send(new Frame.Ping(body));
        assertThat(((Frame.Pong) alice.next(FrameType.PONG).frame()).body()).isEqualTo(body);
        alice.send(new Frame.Ping(new byte[0]));
        assertThat(((Frame.Pong) alice.next(FrameType.PONG).frame()).body()).isEmpty();
    }

    @Test
    void byeFlushesThenClosesWithLeaveReasonQuit() throws IOException {
        FramedClient alice = framed("alice");
        FramedClient bob = framed("bob");
        bob.send(new Frame.Ping(new byte[]{7}));
        bob.send(new Frame.Bye());
        assertThat(((Frame.Pong) bob.next(FrameType.PONG).frame()).body()).containsExactly(7);
        await().atMost(FramedClient.WAIT).until(bob::isClosedByPeer);
        Frame.Notice leave = alice.nextNotice(NoticeEvent.LEAVE);
        assertThat(leave.reason()).isEqualTo(LeaveReason.QUIT);
        assertThat(server.memberCount()).isEqualTo(1);
    }

    private static int carolLineIdOf(FramedClient observer, LineClient line) throws IOException {
        observer.send(new Frame.Who(0));
        Frame.Members members = (Frame.Members) observer.next(FrameType.MEMBERS).frame();
        return members.members().stream().filter(m -> m.nick().equals(line.nick())).findFirst().orElseThrow().id();
    }

    static String nextMessageLine(LineClient client) {
        return client.nextLine(l -> !l.startsWith("***"), "a message line");
    }

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }
}
