package chat.server.image;

import chat.core.frame.Frame;
import chat.core.frame.FrameEncoder;
import chat.core.frame.FrameParser;
import chat.core.image.ImageFormat;
import chat.core.image.MagicCheck;
import chat.core.model.MemberMode;
import chat.core.protocol.BadFrameException;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;
import chat.core.text.TerminalText;
import chat.server.conn.Connection;
import chat.server.session.Relay;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Streams images through the server: IMAGE_BEGIN is relayed at once under a server-assigned
 * transfer id, each chunk as it arrives, and IMAGE_END only when the size and SHA-256 counted
 * on the way match. The server never holds a whole image: each chunk is encoded once, queued
 * to the recipients, and forgotten. A sender whose recipients fall behind is paused
 * (its reads muted) rather than buffered without bound.
 */
public final class ImageRelay {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME_CHARS = 255;
    /** A sender's abort reason is relayed sanitised and cut to this length. */
    private static final int MAX_REASON_CHARS = 200;
    /** Pause a sender while one of its recipients has more than this unsent. */
    private static final long PAUSE_ABOVE_BYTES = 1024 * 1024;
    /** Resume it once every recipient is below this. */
    private static final long RESUME_BELOW_BYTES = 256 * 1024;
    /** A sender is never paused longer than this: lagging recipients then meet the slow-consumer limits. */
    private static final long MAX_PAUSE_MILLIS = 5_000;
    /** Rejected transfers remembered per sender, so their chunks still in flight are dropped quietly. */
    private static final int REMEMBERED_REJECTIONS = 16;

    private final Relay relay;
    private final SenderPause pause;
    private final Map<Connection, Map<Long, Upload>> uploadsBySender = new HashMap<>();
    private final Map<Connection, Long> pausedSince = new HashMap<>();
    private final Map<Connection, Set<Long>> rejectedBySender = new HashMap<>();
    /** Server transfer ids are u32 on the wire; they wrap after 2^32 - 1 (by then the early ones are long closed). */
    private long nextServerTransfer = 1;

    /** How the relay mutes and unmutes a sender's reads. */
    public interface SenderPause {
        void pauseReading(Connection sender);

        void resumeReading(Connection sender);

        long nowMillis();
    }

    public ImageRelay(Relay relay, SenderPause pause) {
        this.relay = relay;
        this.pause = pause;
    }

    public void begin(Connection sender, ByteBuffer body) throws ProtocolException {
        Frame.ImageBegin begin = (Frame.ImageBegin) FrameParser.parse(FrameType.IMAGE_BEGIN.code(), body);
        Map<Long, Upload> open = uploadsBySender.computeIfAbsent(sender, s -> new HashMap<>());
        if (open.size() >= Protocol.MAX_OPEN_TRANSFERS) {
            relay.error(sender, ErrorCode.TOO_MANY_TRANSFERS, "at most " + Protocol.MAX_OPEN_TRANSFERS
                    + " images at once; transfer " + begin.transfer() + " was not sent");
            return;
        }
        String refusal = refusal(begin, open);
        if (refusal != null) {
            relay.error(sender, ErrorCode.IMAGE_REJECTED, "transfer " + begin.transfer() + ": " + refusal);
            forgetIfEmpty(sender, open);
            return;
        }
        ImageFormat format = ImageFormat.fromMime(begin.mime()).orElseThrow();
        Upload upload = new Upload(nextServerTransfer, begin, new MagicCheck(format), recipientsOf(sender));
        nextServerTransfer = nextServerTransfer == 0xFFFF_FFFFL ? 1 : nextServerTransfer + 1;
        upload.lastActivityMillis = pause.nowMillis();
        open.put(begin.transfer(), upload);
        Frame.ImageBegin relayed = new Frame.ImageBegin(upload.serverId, sender.id(), sender.member(), begin.name(),
                begin.mime(), begin.size(), begin.sha256());
        relay.room().send(upload.recipients, FrameEncoder.encode(relayed));
    }

    public void chunk(Connection sender, ByteBuffer body) throws ProtocolException {
        long transfer = transferId(body);
        Upload upload = find(sender, transfer);
        if (upload == null) {
            return;
        }
        int n = body.remaining();
        if (n == 0 || n > Protocol.MAX_IMAGE_CHUNK) {
            fail(sender, upload, "a chunk must hold 1 to " + Protocol.MAX_IMAGE_CHUNK + " bytes");
            return;
        }
        if (upload.received + n > upload.size) {
            fail(sender, upload, "more bytes than the announced size of " + upload.size);
            return;
        }
        ByteBuffer relayed = ByteBuffer.allocate(Protocol.HEADER_BYTES + 4 + n);
        relayed.putInt(1 + 4 + n).put((byte) FrameType.IMAGE_CHUNK.code()).putInt((int) upload.serverId);
        int dataStart = relayed.position();
        relayed.put(body);
        byte[] array = relayed.array();
        if (upload.magic.verdict() == MagicCheck.Verdict.UNDECIDED
                && upload.magic.feed(array, dataStart, n) == MagicCheck.Verdict.MISMATCH) {
            fail(sender, upload, "the image does not start like " + upload.mime);
            return;
        }
        upload.digest.update(array, dataStart, n);
        upload.received += n;
        upload.lastActivityMillis = pause.nowMillis();
        relayed.flip();
        relay.room().send(upload.recipients, relayed);
        boolean behind = false;
        for (Connection recipient : upload.recipients) {
            behind |= recipient.isOpen() && recipient.outbound.queuedBytes() > PAUSE_ABOVE_BYTES;
        }
        if (behind && !pausedSince.containsKey(sender)) {
            pausedSince.put(sender, pause.nowMillis());
            pause.pauseReading(sender);
        }
    }

    public void end(Connection sender, ByteBuffer body) throws ProtocolException {
        long transfer = transferId(body);
        Upload upload = find(sender, transfer);
        if (upload == null) {
            return;
        }
        if (upload.received != upload.size) {
            fail(sender, upload, "received " + upload.received + " bytes of the announced " + upload.size);
            return;
        }
        if (upload.magic.finish() != MagicCheck.Verdict.MATCH) {
            fail(sender, upload, "the image does not start like " + upload.mime);
            return;
        }
        String sha = HexFormat.of().formatHex(upload.digest.digest());
        if (!sha.equals(upload.sha256)) {
            fail(sender, upload, "SHA-256 mismatch");
            return;
        }
        close(sender, upload);
        relay.room().send(upload.recipients, FrameEncoder.encode(new Frame.ImageEnd(upload.serverId)));
        relay.announceImageToLineMembers(sender, upload.name, upload.size);
    }

    public void abort(Connection sender, ByteBuffer body) throws ProtocolException {
        long transfer = transferId(body);
        Upload upload = openUpload(sender, transfer);
        if (upload == null) {
            return; // aborting what is not open is harmless
        }
        String reason = TerminalText.sanitizeLine(StandardCharsets.UTF_8.decode(body).toString());
        if (reason.length() > MAX_REASON_CHARS) {
            reason = reason.substring(0, MAX_REASON_CHARS);
        }
        close(sender, upload);
        abortRecipients(upload, reason.isEmpty() ? "cancelled by the sender" : "cancelled by the sender: " + reason);
    }

    /** The sender is gone: every transfer it had open is aborted for its recipients. */
    public void senderGone(Connection sender) {
        rejectedBySender.remove(sender);
        Map<Long, Upload> open = uploadsBySender.remove(sender);
        pausedSince.remove(sender);
        if (open == null) {
            return;
        }
        for (Upload upload : open.values()) {
            abortRecipients(upload, "the sender disconnected");
        }
    }

    /**
     * Aborts transfers whose sender has sent nothing for the stall time (30 s by default): an upload
     * that stops is like a frame that stops, and its recipients should not wait for ever.
     */
    public void expireIdleUploads(long nowMillis) {
        List<Connection> senders = null;
        List<Upload> idle = null;
        for (Map.Entry<Connection, Map<Long, Upload>> entry : uploadsBySender.entrySet()) {
            for (Upload upload : entry.getValue().values()) {
                if (nowMillis - upload.lastActivityMillis >= relay.config().frameStallMillis()) {
                    if (idle == null) {
                        senders = new ArrayList<>();
                        idle = new ArrayList<>();
                    }
                    senders.add(entry.getKey());
                    idle.add(upload);
                }
            }
        }
        for (int i = 0; idle != null && i < idle.size(); i++) {
            fail(senders.get(i), idle.get(i), "nothing was sent for " + relay.config().frameStallMillis() / 1000
                    + " s");
        }
    }

    /** Resumes paused senders whose recipients caught up (or waited long enough). Called every loop turn. */
    public void resumeSenders() {
        if (pausedSince.isEmpty()) {
            return;
        }
        long now = pause.nowMillis();
        Iterator<Map.Entry<Connection, Long>> it = pausedSince.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Connection, Long> entry = it.next();
            Connection sender = entry.getKey();
            if (!sender.isOpen()) {
                it.remove();
            } else if (now - entry.getValue() >= MAX_PAUSE_MILLIS || recipientsCaughtUp(sender)) {
                it.remove();
                pause.resumeReading(sender);
            }
        }
    }

    public boolean hasPausedSenders() {
        return !pausedSince.isEmpty();
    }

    private boolean recipientsCaughtUp(Connection sender) {
        Map<Long, Upload> open = uploadsBySender.get(sender);
        if (open == null) {
            return true;
        }
        for (Upload upload : open.values()) {
            for (Connection recipient : upload.recipients) {
                if (recipient.isOpen() && recipient.outbound.queuedBytes() > RESUME_BELOW_BYTES) {
                    return false;
                }
            }
        }
        return true;
    }

    private String refusal(Frame.ImageBegin begin, Map<Long, Upload> open) {
        if (begin.transfer() < 0 || begin.transfer() > 0xFFFF_FFFFL) {
            return "the transfer id must be a u32";
        }
        if (open.containsKey(begin.transfer())) {
            return "a transfer with this id is already open";
        }
        if (ImageFormat.fromMime(begin.mime()).isEmpty()) {
            return "unsupported mime type " + begin.mime() + " (png, jpeg, gif and bmp are)";
        }
        if (begin.size() < 1 || begin.size() > relay.config().limits().maxImage()) {
            return "size must be 1 to " + relay.config().limits().maxImage() + " bytes";
        }
        if (begin.sha256() == null || !SHA256_HEX.matcher(begin.sha256()).matches()) {
            return "sha256 must be 64 lowercase hex digits";
        }
        if (begin.name() == null || begin.name().isEmpty() || begin.name().length() > MAX_NAME_CHARS) {
            return "name must be 1 to " + MAX_NAME_CHARS + " characters";
        }
        return null;
    }

    private List<Connection> recipientsOf(Connection sender) {
        List<Connection> recipients = new ArrayList<>();
        for (Connection member : relay.room().members()) {
            if (member != sender && member.mode() == MemberMode.FRAMED) {
                recipients.add(member);
            }
        }
        return recipients;
    }

    private Upload find(Connection sender, long transfer) {
        Upload upload = openUpload(sender, transfer);
        if (upload == null && !wasRejected(sender, transfer)) {
            relay.error(sender, ErrorCode.IMAGE_REJECTED, "no open transfer " + transfer);
        }
        return upload;
    }

    /**
     * True for a transfer of {@code sender} this relay rejected lately: the sender was told once, and
     * the chunks it had already sent are dropped without an ERROR each.
     */
    private boolean wasRejected(Connection sender, long transfer) {
        Set<Long> rejected = rejectedBySender.get(sender);
        return rejected != null && rejected.contains(transfer);
    }

    private void rememberRejected(Connection sender, long transfer) {
        Set<Long> rejected = rejectedBySender.computeIfAbsent(sender, s -> new LinkedHashSet<>());
        rejected.add(transfer);
        if (rejected.size() > REMEMBERED_REJECTIONS) {
            Iterator<Long> oldest = rejected.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private Upload openUpload(Connection sender, long transfer) {
        Map<Long, Upload> open = uploadsBySender.get(sender);
        return open == null ? null : open.get(transfer);
    }

    private void fail(Connection sender, Upload upload, String reason) {
        close(sender, upload);
        rememberRejected(sender, upload.senderId);
        relay.error(sender, ErrorCode.IMAGE_REJECTED, "transfer " + upload.senderId + ": " + reason);
        abortRecipients(upload, reason);
    }

    private void close(Connection sender, Upload upload) {
        Map<Long, Upload> open = uploadsBySender.get(sender);
        open.remove(upload.senderId);
        forgetIfEmpty(sender, open);
    }

    private void forgetIfEmpty(Connection sender, Map<Long, Upload> open) {
        if (open.isEmpty()) {
            uploadsBySender.remove(sender);
            if (pausedSince.remove(sender) != null && sender.isOpen()) {
                pause.resumeReading(sender);
            }
        }
    }

    private void abortRecipients(Upload upload, String reason) {
        relay.room().send(upload.recipients, FrameEncoder.encode(new Frame.ImageAbort(upload.serverId, reason)));
    }

    private static long transferId(ByteBuffer body) throws BadFrameException {
        if (body.remaining() < 4) {
            throw new BadFrameException("image frame body is shorter than its transfer id", false);
        }
        return FrameParser.transferId(body);
    }
}
