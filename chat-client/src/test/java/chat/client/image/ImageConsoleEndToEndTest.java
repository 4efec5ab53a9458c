package chat.client.image;

import chat.client.testing.FramedPeer;
import chat.client.testing.EnglishLocale;
import chat.client.testing.TestConsole;
import chat.client.ClientOptions;
import chat.core.frame.Frame;
import chat.core.image.ByteSize;
import chat.image.render.ImageMode;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.tank.TankSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Pictures between whole clients through a real server on a loopback ephemeral port: {@code /image} from one
 * console, saved by the others byte for byte, announced to line members, listed, shown and located.
 */
@ExtendWith(EnglishLocale.class)
@Timeout(60)
class ImageConsoleEndToEndTest {
    private static final int CHUNK = 64 * 1024;
    /** A frame or upload that stops arriving for this long is dropped by the strict server. */
    private static final long STALL_MILLIS = 1_000;
    private static final int LARGE_SIZE = 3 * 1024 * 1024 + 12_345;
    /**
     * Larger than the most a loopback socket buffers (Linux: 4 MiB send buffer, plus what the paused relay took),
     * so the sender's writer is stuck mid-upload while the relay is paused.
     */
    private static final int STUCK_SIZE = 12 * 1024 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path work;
    private ChatServer server;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = ChatServer.start(ServerConfig.loopbackEphemeral());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        server.shutdown();
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    private TestConsole console(String nick, ImageMode mode, Path downloads) throws IOException {
        return console(nick, mode, downloads, server.port());
    }

    private TestConsole console(String nick, ImageMode mode, Path downloads, int port) throws IOException {
        TestConsole console = TestConsole.dumb(port, nick, new ClientOptions(mode, downloads, TankSettings.defaults()));
        toClose.add(console);
        return console.awaitJoined();
    }

    private FramedPeer framed(String nick) throws IOException {
        FramedPeer peer = new FramedPeer(server.port(), nick);
        toClose.add(peer);
        return peer;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void smallAndLargePicturesAreSavedByteForByteExactlyOnceByBothReceivingConsoles() throws Exception {
        Path bobFolder = folder("bob");
        Path carolFolder = folder("carol");
        TestConsole bob = console("bob", ImageMode.OFF, bobFolder);
        TestConsole carol = console("carol", ImageMode.BLOCKS, carolFolder);
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"));
        bob.awaitScreen("alice (127.0.0.1) joined");
        carol.awaitScreen("alice (127.0.0.1) joined");
        Path small = TestImages.smallPng(folder("outgoing"), "small.png", 8, 6);
        Path large = TestImages.largePng(work.resolve("outgoing"), "large.png", LARGE_SIZE);

        alice.type("/image " + small);
        alice.type("/image " + large);

        alice.awaitScreen("sent small.png (" + ByteSize.format(Files.size(small)) + ")");
        alice.awaitScreen("sent large.png (" + ByteSize.format(LARGE_SIZE) + ")");
        for (TestConsole receiver : List.of(bob, carol)) {
            receiver.awaitScreen("alice is sending large.png (3.0 MiB)");
            receiver.awaitScreen("receiving large.png from alice: ");
            receiver.awaitScreen("] alice sent small.png (");
            receiver.awaitScreen("] alice sent large.png (3.0 MiB), saved as ");
        }
        for (Path received : List.of(bobFolder, carolFolder)) {
            assertThat(filesIn(received)).containsExactly("large.png", "small.png");
            assertThat(Files.mismatch(received.resolve("small.png"), small)).isEqualTo(-1L);
            assertThat(Files.mismatch(received.resolve("large.png"), large)).isEqualTo(-1L);
        }
        // A large picture adds a few progress lines (each quarter), not one per percent.
        assertThat(count(alice.screen(), "sending large.png: ")).isBetween(1, ProgressSteps.STEPS - 1);
        assertThat(count(bob.screen(), "receiving large.png from alice: ")).isBetween(1, ProgressSteps.STEPS - 1);
        assertThat(count(alice.screen(), "sending small.png: ")).isZero();
        assertThat(bob.screen()).contains("saved as " + bobFolder.resolve("small.png"));
        assertThat(carol.screen()).contains("saved as " + carolFolder.resolve("large.png"));
        // The sender keeps nothing of its own pictures.
        assertThat(filesIn(work.resolve("alice"))).isEmpty();
    }

    @Test
    void theSamePictureSentTwiceIsSavedUnderTwoNamesWithoutOverwriting() throws Exception {
        Path bobFolder = folder("bob");
        TestConsole bob = console("bob", ImageMode.OFF, bobFolder);
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"));
        Path small = TestImages.smallPng(folder("outgoing"), "cat.png", 4, 4);

        alice.type("/image " + small);
        bob.awaitScreen("[1] alice sent cat.png");
        alice.type("/image " + small);
        bob.awaitScreen("[2] alice sent cat.png");

        assertThat(filesIn(bobFolder)).containsExactly("cat-1.png", "cat.png");
        assertThat(Files.mismatch(bobFolder.resolve("cat-1.png"), small)).isEqualTo(-1L);
    }

    @Test
    void textTypedDuringALargeUploadReachesTheOthersBeforeTheUploadEnds() throws Exception {
        FramedPeer carol = framed("carol");
        Path bobFolder = folder("bob");
        TestConsole bob = console("bob", ImageMode.OFF, bobFolder);
        PausableRelay slowLink = new PausableRelay(server.port());
        toClose.add(slowLink);
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"), slowLink.port());
        Path large = TestImages.largePng(folder("outgoing"), "large.png", STUCK_SIZE);

        slowLink.pause();
        alice.type("/image " + large);
        alice.awaitScreen("sending large.png (12.0 MiB)");
        alice.type("typed while the picture goes out");
        alice.awaitScreen("alice (you): typed while the picture goes out");
        // The upload is stuck behind the paused link: far from over when the line was typed.
        assertThat(alice.screen()).doesNotContain("sent large.png");
        assertThat(slowLink.forwarded()).isLessThan(STUCK_SIZE / 2);
        slowLink.resume();

        carol.awaitFrame(Frame.ImageEnd.class, f -> true);
        int message = carol.indexOf(Frame.Message.class, m -> m.text().equals("typed while the picture goes out"));
        int begin = carol.indexOf(Frame.ImageBegin.class, f -> true);
        int end = carol.indexOf(Frame.ImageEnd.class, f -> true);
        long chunksBeforeMessage = carol.received().subList(0, message).stream()
                .filter(Frame.ImageChunk.class::isInstance).count();
        assertThat(message).isGreaterThan(begin).isLessThan(end);
        assertThat(chunksBeforeMessage).isLessThan(STUCK_SIZE / CHUNK / 2);
        bob.awaitScreen("] alice sent large.png");
        assertThat(bob.screen().indexOf("127.0.0.1 alice: typed while the picture goes out"))
                .isLessThan(bob.screen().indexOf("] alice sent large.png")).isNotNegative();
        assertThat(Files.mismatch(bobFolder.resolve("large.png"), large)).isEqualTo(-1L);
    }

    @Test
    void anUploadWhoseLinkStallsIsReportedAsFailedAndLeavesNoFileAtTheReceiver() throws Exception {
        ChatServer strict = ChatServer.start(ServerConfig.loopbackEphemeral()
                .withTimers(ServerConfig.defaults().idlePingMillis(), ServerConfig.defaults().idleCloseMillis(),
                        ServerConfig.defaults().joinTimeoutMillis(), STALL_MILLIS));
        toClose.add(strict);
        Path carolFolder = folder("carol");
        TestConsole carol = TestConsole.dumb(strict.port(), "carol",
                new ClientOptions(ImageMode.OFF, carolFolder, TankSettings.defaults()));
        toClose.add(carol);
        carol.awaitJoined();
        PausableRelay link = new PausableRelay(strict.port());
        toClose.add(link);
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"), link.port());
        Path large = TestImages.largePng(folder("outgoing"), "dropped.png", STUCK_SIZE);

        link.pauseAfter(4 * CHUNK); // the upload begins, then its link goes quiet in the middle of a frame
        alice.type("/image " + large);
        carol.awaitScreen("abandoned");
        link.resume();
        alice.awaitScreen("sending dropped.png failed");

        assertThat(alice.screen()).doesNotContain("sent dropped.png");
        assertThat(filesIn(carolFolder)).isEmpty();
    }

    @Test
    void aSenderThatVanishesMidTransferLeavesNoPartialFileInAnyReceiversFolder() throws Exception {
        Path bobFolder = folder("bob");
        Path carolFolder = folder("carol");
        TestConsole bob = console("bob", ImageMode.OFF, bobFolder);
        TestConsole carol = console("carol", ImageMode.BLOCKS, carolFolder);
        FramedPeer mallory = new FramedPeer(server.port(), "mallory");
        byte[] image = Files.readAllBytes(TestImages.largePng(folder("outgoing"), "half.png", LARGE_SIZE));

        mallory.send(new Frame.ImageBegin(1, null, null, "half.png", "image/png", image.length, sha256(image)));
        for (int offset = 0; offset < 10 * CHUNK; offset += CHUNK) {
            mallory.send(new Frame.ImageChunk(1, java.util.Arrays.copyOfRange(image, offset, offset + CHUNK)));
        }
        for (Path folder : List.of(bobFolder, carolFolder)) {
            await().atMost(WAIT).until(() -> filesIn(folder).stream().anyMatch(f -> f.endsWith(".part")));
        }
        mallory.close();

        for (TestConsole receiver : List.of(bob, carol)) {
            receiver.awaitScreen("image half.png from mallory abandoned");
            receiver.awaitScreen("mallory (127.0.0.1) left");
        }
        assertThat(filesIn(bobFolder)).isEmpty();
        assertThat(filesIn(carolFolder)).isEmpty();
        bob.type("/images");
        bob.awaitScreen("no images received yet");
    }

    @Test
    void aReceiverWhoseConnectionDropsMidTransferKeepsNoPartialFile() throws Exception {
        Path bobFolder = folder("bob");
        PausableRelay bobsLink = new PausableRelay(server.port());
        toClose.add(bobsLink);
        TestConsole bob = console("bob", ImageMode.OFF, bobFolder, bobsLink.port());
        FramedPeer alice = framed("alice");
        byte[] image = Files.readAllBytes(TestImages.largePng(folder("outgoing"), "cut.png", LARGE_SIZE));

        alice.send(new Frame.ImageBegin(1, null, null, "cut.png", "image/png", image.length, sha256(image)));
        alice.send(new Frame.ImageChunk(1, java.util.Arrays.copyOfRange(image, 0, CHUNK)));
        await().atMost(WAIT).until(() -> filesIn(bobFolder).stream().anyMatch(f -> f.endsWith(".part")));
        bobsLink.close();

        bob.awaitScreen("image cut.png from alice abandoned: the connection was lost");
        assertThat(filesIn(bobFolder)).isEmpty();
    }

    @Test
    void aLineMemberIsToldWhoSentWhichPicture() throws Exception {
        LinePeer dave = new LinePeer(server.port());
        toClose.add(dave);
        dave.awaitWelcome();
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"));
        Path small = TestImages.smallPng(folder("outgoing"), "small.png", 8, 6);

        alice.type("/image " + small);

        String line = dave.awaitLineContaining("sent an image");
        assertThat(line).isEqualTo("127.0.0.1 alice sent an image: small.png (" + ByteSize.format(Files.size(small))
                + ")");
        assertThat(dave.lines()).noneMatch(l -> l.contains("PNG"));
    }

    @Test
    void receivedPicturesAreListedDescribedAndLocated() throws Exception {
        Path bobFolder = folder("bob");
        TestConsole bob = console("bob", ImageMode.BLOCKS, bobFolder);
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"));
        Path small = TestImages.smallPng(folder("outgoing"), "small.png", 8, 6);
        String size = ByteSize.format(Files.size(small));
        Path saved = bobFolder.resolve("small.png");

        bob.type("/images");
        bob.awaitScreen("no images received yet");
        alice.type("/image " + small);
        bob.awaitScreen("[1] alice sent small.png (" + size + "), saved as " + saved);
        // A dumb terminal promises a one-line description instead of a picture.
        bob.awaitScreen("[image] alice: small.png, 8×6, " + size + " — " + saved);

        bob.type("/images");
        bob.awaitScreen("[1] alice: small.png, " + size + ", 8×6 — " + saved);
        int before = count(bob.screen(), "[image] alice: small.png");
        bob.type("/show 1");
        await().atMost(WAIT).until(() -> count(bob.screen(), "[image] alice: small.png") == before + 1);
        bob.type("/show 2");
        bob.awaitScreen("no image 2: see /images");
        assertThat(bob.screen()).doesNotContain("\u001b[").doesNotContain("▀");

        assumeThat(System.getenv("DISPLAY")).as("no display to open pictures on").isNull();
        assumeThat(System.getenv("WAYLAND_DISPLAY")).as("no display to open pictures on").isNull();
        bob.type("/open 1");
        bob.awaitScreen("no display to open it on; the file is " + saved);
    }

    @Test
    void aTerminalWithColoursGetsTheHalfBlockPictureAboveThePrompt() throws Exception {
        Path bobFolder = folder("bob");
        TestConsole bob = new TestConsole(server.port(), "bob",
                new ClientOptions(ImageMode.BLOCKS, bobFolder, TankSettings.defaults()), "xterm-256color");
        toClose.add(bob);
        bob.awaitJoined();
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"));
        Path small = TestImages.smallPng(folder("outgoing"), "small.png", 8, 6);

        alice.type("/image " + small);
        bob.awaitScreen("alice sent small.png");
        await().atMost(WAIT).until(() -> bob.screen().contains("▀"));

        String screen = bob.screen();
        String picture = screen.substring(screen.indexOf("▀"));
        // Red on the left, blue on the right, in truecolour or the 256-colour cube.
        assertThat(picture).containsAnyOf("\u001b[38;2;255;0;0", "\u001b[38;5;196");
        assertThat(picture).containsAnyOf("\u001b[38;2;0;0;255", "\u001b[38;5;21");
        int rowsBefore = count(screen, "▀");
        bob.type("/show 1");
        await().atMost(WAIT).until(() -> count(bob.screen(), "▀") > rowsBefore);
    }

    @Test
    void aMissingFileOrATextFileIsRefusedAndNothingIsSent() throws Exception {
        FramedPeer carol = framed("carol");
        TestConsole alice = console("alice", ImageMode.OFF, folder("alice"));
        Path text = folder("outgoing").resolve("notes.png");
        Files.writeString(text, "not a picture at all\n");

        alice.type("/image /nonexistent/picture.png");
        alice.awaitScreen("/nonexistent/picture.png: no such file");
        alice.type("/image " + text);
        alice.awaitScreen(text + " is not a PNG, JPEG, GIF or BMP image");
        alice.type("/image " + work);
        alice.awaitScreen(work + " is not a regular file");
        alice.type("after the refusals");

        carol.awaitFrame(Frame.Message.class, m -> m.text().equals("after the refusals"));
        assertThat(carol.received()).noneMatch(f -> f instanceof Frame.ImageBegin || f instanceof Frame.ImageChunk);
        assertThat(alice.screen()).doesNotContain("sending ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
