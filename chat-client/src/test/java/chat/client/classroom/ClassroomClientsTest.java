package chat.client.classroom;

import chat.client.Messages;
import chat.client.plain.LineEnding;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The programs students write or copy in class join our room: the threaded {@code recv(1024)}
 * script that sends without a newline, the lesson's {@code network.py} with {@code \r\n} lines on
 * the second port (the "8888" one), {@code nc} and {@code socat}, our plain-text mode and our own
 * client. Everyone sees the others' messages prefixed with the sender's IP, and never their own.
 */
class ClassroomClientsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String IP = "127.0.0.1";

    private ChatServer server;
    private int firstPort;
    private int secondPort;
    private final List<Party> parties = new ArrayList<>();

    @BeforeEach
    void startServerOnTwoPorts() throws Exception {
        Messages.useLocale(Locale.ENGLISH);
        server = ChatServer.start(ServerConfig.loopbackEphemeral().withListen(List.of(
                new InetSocketAddress(IP, 0), new InetSocketAddress(IP, 0))));
        List<InetSocketAddress> bound = server.boundAddresses();
        firstPort = bound.get(0).getPort();
        secondPort = bound.get(1).getPort();
    }

    @AfterEach
    void stopEveryone() {
        parties.forEach(Party::close);
        server.shutdown();
    }

    private static Path scripts() throws URISyntaxException {
        return Path.of(ClassroomClientsTest.class.getResource("/classroom/client_recv.py").toURI()).getParent();
    }

    private <P extends Party> P join(P party) {
        parties.add(party);
        return party;
    }

    /** A line client takes its nick with {@code /nick} and waits for the server to confirm it. */
    private void rename(Party party) throws Exception {
        party.say("/nick " + party.nick());
        await().atMost(WAIT).until(() -> party.seen().contains(" is now " + party.nick()));
    }

    /** Each party in turn says a line; all the others must show it after the sender's IP and nick. */
    private void everyoneTalks() throws Exception {
        for (Party speaker : parties) {
            String text = "salut de " + speaker.nick() + " à tous, ça va ?";
            speaker.say(text);
            String expected = IP + " " + speaker.nick() + ": " + text;
            for (Party listener : parties) {
                if (listener != speaker) {
                    await(listener.nick() + " sees " + speaker.nick()).atMost(WAIT)
                            .until(() -> listener.seen().contains(expected));
                }
            }
        }
        for (Party party : parties) {
            assertThat(party.seen()).as("%s never sees itself relayed", party.nick())
                    .doesNotContain(IP + " " + party.nick() + ": ");
        }
    }

    @Test
    void pythonClassroomClientsOurPlainModeAndOurClientAllSeeEachOther() throws Exception {
        assumeThat(ProcessParty.onPath("python3")).as("python3 is not installed").isTrue();
        join(new ChatClientParty(firstPort, "java"));
        Party recv = join(new ProcessParty("pyrecv", scripts(),
                List.of("python3", "-u", "client_recv.py", IP, String.valueOf(firstPort))));
        Party lesson = join(new ProcessParty("pylesson", scripts(),
                List.of("python3", "-u", "client_lesson.py", IP, String.valueOf(secondPort))));
        Party plain = join(new PlainParty(secondPort, "plain", LineEnding.CRLF));
        rename(recv);
        rename(lesson);
        rename(plain);

        everyoneTalks();

        assertThat(lesson.seen()).contains("eux: " + IP + " java: salut de java");
    }

    @Test
    void ncAndSocatJoinOnEitherPort() throws Exception {
        String nc = ProcessParty.onPath("ncat") ? "ncat" : "nc";
        assumeThat(ProcessParty.onPath(nc)).as("neither ncat nor nc is installed").isTrue();
        assumeThat(ProcessParty.onPath("socat")).as("socat is not installed").isTrue();
        join(new ChatClientParty(secondPort, "java"));
        Party ncParty = join(new ProcessParty("nc", null, List.of(nc, IP, String.valueOf(firstPort))));
        Party socat = join(new ProcessParty("socat", null,
                List.of("socat", "-", "TCP:" + IP + ":" + secondPort)));
        rename(ncParty);
        rename(socat);

        everyoneTalks();
    }
}
