package chat.image.send;

import chat.core.frame.Frame;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import chat.image.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UploadQueueTest {
    private static final int MAX_PULLS = 10_000;

    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();
    private final UploadListener listener = new UploadListener() {
        @Override
        public void started(OutgoingImage image) {
            events.add("started " + image.transferId());
        }

        @Override
        public void progress(OutgoingImage image) {
            events.add("progress " + image.transferId());
        }

        @Override
        public void completed(OutgoingImage image) {
            events.add("completed " + image.transferId());
        }

        @Override
        public void failed(OutgoingImage image, String reason) {
            events.add("failed " + image.transferId());
        }
    };

    @Test
    void assignsDistinctTransferIds() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        long first = queue.add(TestImages.writePngLike(dir, "a.png", 10), ProtocolLimits.DEFAULTS).transferId();
        long second = queue.add(TestImages.writePngLike(dir, "b.png", 10), ProtocolLimits.DEFAULTS).transferId();
        assertThat(first).isNotEqualTo(second).isPositive();
    }

    @Test
    void keepsAtMostFourTransfersInFlightAndStartsTheFifthWhenOneEnds() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        for (int i = 0; i < 5; i++) {
            queue.add(TestImages.writePngLike(dir, i + ".png", 100 + i), ProtocolLimits.DEFAULTS);
        }
        Set<Long> open = new HashSet<>();
        int maxOpen = 0;
        for (int pulls = 0; queue.hasFrames() && pulls < MAX_PULLS; pulls++) {
            Frame frame = queue.nextFrame();
            if (frame instanceof Frame.ImageBegin begin) {
                open.add(begin.transfer());
            } else if (frame instanceof Frame.ImageEnd end) {
                open.remove(end.transfer());
            }
            maxOpen = Math.max(maxOpen, open.size());
        }
        assertThat(maxOpen).isEqualTo(Protocol.MAX_OPEN_TRANSFERS);
        assertThat(open).isEmpty();
        assertThat(events.stream().filter(e -> e.startsWith("completed"))).hasSize(5);
        assertThat(queue.nextFrame()).isNull();
    }

    @Test
    void interleavesChunksOfTransfersInFlightRoundRobin() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        int size = 3 * Protocol.MAX_IMAGE_CHUNK;
        long a = queue.add(TestImages.writePngLike(dir, "a.png", size), ProtocolLimits.DEFAULTS).transferId();
        long b = queue.add(TestImages.writePngLike(dir, "b.png", size), ProtocolLimits.DEFAULTS).transferId();
        List<Long> order = new ArrayList<>();
        for (int pulls = 0; queue.hasFrames() && pulls < MAX_PULLS; pulls++) {
            Frame frame = queue.nextFrame();
            if (frame instanceof Frame.ImageChunk chunk) {
                order.add(chunk.transfer());
            }
        }
        assertThat(order).containsExactly(a, b, a, b, a, b);
    }

    @Test
    void reassemblesEachImageFromItsFrames() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        Map<Long, Path> files = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            Path file = TestImages.writePngLike(dir, i + ".png", 70_000 * (i + 1));
            files.put(queue.add(file, ProtocolLimits.DEFAULTS).transferId(), file);
        }
        Map<Long, ByteArrayOutputStream> received = new HashMap<>();
        for (int pulls = 0; queue.hasFrames() && pulls < MAX_PULLS; pulls++) {
            if (queue.nextFrame() instanceof Frame.ImageChunk chunk) {
                received.computeIfAbsent(chunk.transfer(), id -> new ByteArrayOutputStream()).writeBytes(chunk.data());
            }
        }
        for (Map.Entry<Long, Path> entry : files.entrySet()) {
            assertThat(received.get(entry.getKey()).toByteArray()).isEqualTo(Files.readAllBytes(entry.getValue()));
        }
    }

    @Test
    void reportsProgressOnlyForImagesOverTheThreshold() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        long small = queue.add(TestImages.writePngLike(dir, "s.png", 200_000), ProtocolLimits.DEFAULTS).transferId();
        long large = queue.add(TestImages.writePngLike(dir, "l.png", 1_000_000), ProtocolLimits.DEFAULTS)
                .transferId();
        for (int pulls = 0; queue.hasFrames() && pulls < MAX_PULLS; pulls++) {
            queue.nextFrame();
        }
        assertThat(events).doesNotContain("progress " + small).contains("progress " + large);
    }

    @Test
    void cancellingABegunTransferGivesItsAbort() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        long id = queue.add(TestImages.writePngLike(dir, "a.png", 200_000), ProtocolLimits.DEFAULTS).transferId();
        queue.nextFrame();
        assertThat(queue.cancel(id, "stop")).isEqualTo(new Frame.ImageAbort(id, "stop"));
        assertThat(queue.hasFrames()).isFalse();
        assertThat(events).contains("failed " + id);
    }

    @Test
    void cancellingATransferNotBegunSendsNothing() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        long id = queue.add(TestImages.writePngLike(dir, "a.png", 100), ProtocolLimits.DEFAULTS).transferId();
        assertThat(queue.cancel(id, "stop")).isNull();
        assertThat(queue.nextFrame()).isNull();
    }

    @Test
    void losingTheConnectionFailsEveryTransfer() throws Exception {
        UploadQueue queue = new UploadQueue(listener);
        for (int i = 0; i < 6; i++) {
            queue.add(TestImages.writePngLike(dir, i + ".png", 100), ProtocolLimits.DEFAULTS);
        }
        queue.nextFrame();
        queue.connectionLost("gone");
        assertThat(events.stream().filter(e -> e.startsWith("failed"))).hasSize(6);
        assertThat(queue.hasFrames()).isFalse();
        assertThat(queue.transfers()).isEmpty();
    }
}
