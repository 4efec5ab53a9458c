package chat.image.receive;

import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.image.ImageDimensions;
import chat.image.TestImages;
import chat.image.send.OutgoingImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImageInboxTest {
    private static final Member ALICE = new Member(7, "alice", "192.168.0.3", MemberMode.FRAMED);
    private static final long SERVER_ID = 9001;
    private static final int CHUNK = Protocol.MAX_IMAGE_CHUNK;

    @TempDir
    Path sendDir;
    @TempDir
    Path downloads;

    private final List<ReceivedImage> completed = new ArrayList<>();
    private final List<AbortCause> aborted = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final List<Long> unknown = new ArrayList<>();
    private int progressReports;

    private final InboxListener listener = new InboxListener() {
        @Override
        public void progress(IncomingImage image) {
            progressReports++;
        }

        @Override
        public void completed(ReceivedImage image) {
            completed.add(image);
        }

        @Override
        public void aborted(IncomingImage image, AbortCause cause, String reason) {
            aborted.add(cause);
            reasons.add(reason);
        }

        @Override
        public void unknownTransfer(long transferId, FrameType type) {
            unknown.add(transferId);
        }
    };

    private ImageInbox inbox;

    @BeforeEach
    void openInbox() {
        inbox = new ImageInbox(downloadFolder(), listener);
    }

    private Path downloadFolder() {
        return downloads.resolve("chat");
    }

    /** Sends {@code file} through an OutgoingImage and relays its frames to the inbox as the server would. */
    private int relay(Path file, long serverId) throws Exception {
        int chunks = 0;
        try (OutgoingImage out = OutgoingImage.open(file, ProtocolLimits.DEFAULTS, 1)) {
            inbox.handle(asRelayed(out.begin(), serverId));
            for (Frame.ImageChunk chunk = out.nextChunk(); chunk != null; chunk = out.nextChunk()) {
                inbox.handle(new Frame.ImageChunk(serverId, chunk.data()));
                chunks++;
            }
            out.end();
            inbox.handle(new Frame.ImageEnd(serverId));
        }
        return chunks;
    }

    private static Frame.ImageBegin asRelayed(Frame.ImageBegin begin, long serverId) {
        return new Frame.ImageBegin(serverId, ALICE.id(), ALICE, begin.name(), begin.mime(), begin.size(),
                begin.sha256());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private void assertRoundTrip(int size, int expectedChunks) throws Exception {
        Path file = TestImages.writePngLike(sendDir, "cat.png", size);
        assertThat(relay(file, SERVER_ID)).isEqualTo(expectedChunks);
        assertThat(aborted).isEmpty();
        assertThat(completed).hasSize(1);
        ReceivedImage image = completed.get(0);
        assertThat(image.path()).isEqualTo(downloadFolder().resolve("cat.png"));
        assertThat(image.size()).isEqualTo(size);
        assertThat(image.sender()).isEqualTo(ALICE);
        assertThat(Files.mismatch(image.path(), file)).isEqualTo(-1L);
        assertThat(filesIn(downloadFolder())).containsExactly(image.path());
    }

    @Test
    void receivesAnImageOfTwoBytes() throws Exception {
        Path file = Files.write(sendDir.resolve("b.bmp"), new byte[] {'B', 'M'});
        relay(file, SERVER_ID);
        assertThat(completed).singleElement().satisfies(image -> assertThat(image.size()).isEqualTo(2));
    }

    @Test
    void receivesAnImageOfExactlyOneChunk() throws Exception {
        assertRoundTrip(CHUNK, 1);
    }

    @Test
    void receivesAnImageOneByteOverAChunkBoundary() throws Exception {
        assertRoundTrip(CHUNK + 1, 2);
    }

    @Test
    void receivesAnImageOfExactlyNChunks() throws Exception {
        assertRoundTrip(5 * CHUNK, 5);
    }

    @Test
    void receivesA16MiBImageByteIdentical() throws Exception {
        assertRoundTrip((int) ProtocolLimits.DEFAULT_MAX_IMAGE, 256);
        assertThat(progressReports).isBetween(50, 101);
    }

    @Test
    void discardsAnImageWhoseHashDoesNotMatch() throws Exception {
        byte[] bytes = TestImages.pngLike(1000, 1);
        byte[] other = TestImages.pngLike(1000, 2);
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "x.png", "image/png", 1000, sha256(other)));
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, bytes));
        inbox.end(new Frame.ImageEnd(SERVER_ID));
        assertThat(aborted).containsExactly(AbortCause.HASH_MISMATCH);
        assertThat(completed).isEmpty();
        assertThat(filesIn(downloadFolder())).isEmpty();
    }

    @Test
    void discardsAnImageThatOverflowsItsAnnouncedSize() throws Exception {
        byte[] bytes = TestImages.pngLike(1000, 1);
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "x.png", "image/png", 999, sha256(bytes)));
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, bytes));
        assertThat(aborted).containsExactly(AbortCause.SIZE_OVERFLOW);
        assertThat(filesIn(downloadFolder())).isEmpty();
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, bytes));
        inbox.end(new Frame.ImageEnd(SERVER_ID));
        assertThat(completed).isEmpty();
        assertThat(unknown).isEmpty();
    }

    @Test
    void discardsAnImageEndedBeforeAllItsBytes() throws Exception {
        byte[] bytes = TestImages.pngLike(1000, 1);
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "x.png", "image/png", 2000, sha256(bytes)));
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, bytes));
        inbox.end(new Frame.ImageEnd(SERVER_ID));
        assertThat(aborted).containsExactly(AbortCause.SIZE_MISMATCH);
        assertThat(filesIn(downloadFolder())).isEmpty();
    }

    @Test
    void discardsContentThatDoesNotMatchTheMime() throws Exception {
        byte[] bytes = TestImages.pngLike(1000, 1);
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "x.gif", "image/gif", 1000, sha256(bytes)));
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, bytes));
        assertThat(aborted).containsExactly(AbortCause.WRONG_CONTENT);
        assertThat(filesIn(downloadFolder())).isEmpty();
    }

    @Test
    void reportsChunksOfAnUnknownTransfer() {
        inbox.chunk(new Frame.ImageChunk(42, new byte[] {1}));
        inbox.end(new Frame.ImageEnd(43));
        inbox.abort(new Frame.ImageAbort(44, "x"));
        assertThat(unknown).containsExactly(42L, 43L, 44L);
        assertThat(completed).isEmpty();
    }

    @Test
    void abortDeletesThePartialFile() throws Exception {
        byte[] bytes = TestImages.pngLike(1000, 1);
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "x.png", "image/png", 1000, sha256(bytes)));
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, new byte[] {bytes[0], bytes[1], bytes[2], bytes[3]}));
        assertThat(filesIn(downloadFolder())).singleElement()
                .satisfies(partial -> assertThat(partial.getFileName().toString()).startsWith(".").endsWith(".part"));
        inbox.abort(new Frame.ImageAbort(SERVER_ID, "sender left"));
        assertThat(filesIn(downloadFolder())).isEmpty();
        assertThat(aborted).containsExactly(AbortCause.ABORTED_BY_SERVER);
        assertThat(reasons.get(0)).contains("sender left").contains("alice");
        assertThat(inbox.openTransfers()).isZero();
    }

    @Test
    void losingTheConnectionDeletesEveryPartialFile() throws Exception {
        for (long id = 1; id <= 3; id++) {
            inbox.begin(new Frame.ImageBegin(id, 7, ALICE, "x.png", "image/png", 100, sha256(new byte[1])));
            inbox.chunk(new Frame.ImageChunk(id, TestImages.PNG_SIGNATURE));
        }
        assertThat(filesIn(downloadFolder())).hasSize(3);
        inbox.connectionLost();
        assertThat(filesIn(downloadFolder())).isEmpty();
        assertThat(aborted).containsOnly(AbortCause.CONNECTION_LOST).hasSize(3);
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Files.createDirectories(downloadFolder());
        Path existing = Files.writeString(downloadFolder().resolve("cat.png"), "precious");
        Path file = TestImages.writePngLike(sendDir, "cat.png", 500);
        relay(file, 1);
        relay(file, 2);
        assertThat(Files.readString(existing)).isEqualTo("precious");
        assertThat(completed).extracting(ReceivedImage::path).containsExactly(
                downloadFolder().resolve("cat-1.png"), downloadFolder().resolve("cat-2.png"));
        assertThat(completed).extracting(ReceivedImage::number).containsExactly(1, 2);
    }

    @Test
    void savesUnderASafeNameInsideTheDownloadFolder() throws Exception {
        byte[] bytes = TestImages.pngLike(100, 1);
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "../../.bashrc", "image/png", 100, sha256(bytes)));
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, bytes));
        inbox.end(new Frame.ImageEnd(SERVER_ID));
        assertThat(completed).singleElement().satisfies(image -> {
            assertThat(image.path()).isEqualTo(downloadFolder().resolve("bashrc.png"));
            assertThat(image.name()).isEqualTo("../../.bashrc");
        });
        assertThat(filesIn(downloads)).containsExactly(downloadFolder());
    }

    @Test
    void refusesAnImageLargerThanMaxImageAndIgnoresItsChunks() throws Exception {
        inbox.limits(new ProtocolLimits(4096, 1000, 500));
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "x.png", "image/png", 501, sha256(new byte[1])));
        inbox.chunk(new Frame.ImageChunk(SERVER_ID, TestImages.PNG_SIGNATURE));
        inbox.end(new Frame.ImageEnd(SERVER_ID));
        assertThat(aborted).containsExactly(AbortCause.TOO_LARGE);
        assertThat(unknown).isEmpty();
        assertThat(filesIn(downloadFolder())).isEmpty();
    }

    @Test
    void refusesAnUnknownMimeType() throws Exception {
        inbox.begin(new Frame.ImageBegin(SERVER_ID, 7, ALICE, "x.webp", "image/webp", 10, sha256(new byte[1])));
        assertThat(aborted).containsExactly(AbortCause.BAD_ANNOUNCEMENT);
        assertThat(inbox.openTransfers()).isZero();
    }

    @Test
    void listsReceivedImagesWithTheirDimensions() throws Exception {
        Path gif = Files.write(sendDir.resolve("dot.gif"), TestImages.encode(TestImages.solid(5, 3, 0xFF00), "gif"));
        relay(gif, 1);
        assertThat(inbox.received()).hasSize(1);
        assertThat(inbox.received(1)).hasValueSatisfying(image -> {
            assertThat(image.dimensions()).isEqualTo(new ImageDimensions(5, 3));
            assertThat(image.name()).isEqualTo("dot.gif");
        });
        assertThat(inbox.received(0)).isEmpty();
        assertThat(inbox.received(2)).isEmpty();
    }
}
