package chat.client.classroom;

import chat.client.Messages;
import chat.client.config.Settings;
import chat.client.console.ConsoleOutput;
import chat.client.testing.RecordingOutput;
import chat.client.console.Renderer;
import chat.client.lesson.DisplayFormat;
import chat.client.lesson.LessonFeature;
import chat.client.lesson.LessonFeatures;
import chat.client.lesson.LessonText;
import chat.client.lesson.MessageFormatter;
import chat.client.net.HostPort;
import chat.client.net.LinkConfig;
import chat.client.session.ChatSession;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two of our sessions with the lesson's extensions, through the real server. */
class LessonSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private ChatServer server;
    private ChatSession alice;
    private ChatSession bob;
    private final StringBuffer aliceScreen = new StringBuffer();
    private final StringBuffer bobScreen = new StringBuffer();

    @BeforeEach
    void start() throws Exception {
        Messages.useLocale(Locale.ENGLISH);
        LessonText.useLocale(Locale.ENGLISH);
        server = ChatServer.start(ServerConfig.loopbackEphemeral());
        alice = session("alice", aliceScreen, Settings.defaults(), DisplayFormat.parse("lesson"), true);
        bob = session("bob", bobScreen, Settings.defaults().withRandomMessages(List.of("un", "deux", "trois")),
                DisplayFormat.standard(), false);
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        server.shutdown();
    }

    private ChatSession session(String nick, StringBuffer screen, Settings settings, DisplayFormat format,
                                boolean counter) {
        ConsoleOutput out = new RecordingOutput(screen);
        ChatSession session = new ChatSession(LinkConfig.of(new HostPort("127.0.0.1", server.port()), nick, null), out,
                new Renderer(false));
        Clock clock = Clock.systemDefaultZone();
        LessonFeatures features = new LessonFeatures(settings, null, new MessageFormatter(format, counter, false, clock),
                new Random(5), clock);
        new LessonFeature(session, features, clock).install();
        session.start();
        await().atMost(WAIT).until(() -> session.link().isJoined());
        return session;
    }

    @Test
    void theLessonPresetShowsMoiAndEuxWithACounter() {
        alice.handleLine("salut bob");
        await().atMost(WAIT).until(() -> bobScreen.toString().contains("127.0.0.1 alice: salut bob"));
        bob.handleLine("salut alice");
        await().atMost(WAIT).until(() -> aliceScreen.toString().contains("[2] eux: salut alice"));
        assertThat(aliceScreen.toString()).contains("[1] moi: salut bob");
    }

    @Test
    void aMacroIsSentAsItsSentence() {
        bob.handleLine("/macro add brb \"Je reviens tout de suite\"");
        bob.handleLine("brb");
        await().atMost(WAIT).until(() -> aliceScreen.toString().contains("eux: Je reviens tout de suite"));
        assertThat(bobScreen.toString()).contains("macro brb → Je reviens tout de suite");
    }

    @Test
    void aleatoireSendsDifferentMessagesFromTheList() {
        bob.handleLine("aléatoire 3");
        await().atMost(WAIT).until(() -> aliceScreen.toString().contains("eux: un")
                && aliceScreen.toString().contains("eux: deux") && aliceScreen.toString().contains("eux: trois"));
    }

    @Test
    void autoRepliesOnBothSidesAnswerOnceAndStop() {
        alice.handleLine("/auto add bonjour \"bonjour à toi aussi\"");
        bob.handleLine("/auto add bonjour \"bonjour bonjour\"");
        alice.handleLine("bonjour bob");
        await().atMost(WAIT).until(() -> aliceScreen.toString().contains("eux: ↪ bonjour bonjour"));
        // nobody answers an auto-reply: the exchange stays at one reply
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() ->
                count(aliceScreen.toString(), "↪") == 1 && count(bobScreen.toString(), "↪") == 1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
