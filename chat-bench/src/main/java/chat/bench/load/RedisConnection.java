package chat.bench.load;

import chat.bench.resp.RespException;
import chat.bench.resp.RespParser;
import chat.bench.resp.RespReply;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * A Redis pub/sub client: a subscriber to the room's channel (its {@code message} pushes are
 * checked and timed by their stamp) or a publisher sending PUBLISH commands while its window
 * allows. Publishers cannot subscribe on the same connection (RESP2), so they are separate.
 */
final class RedisConnection extends BenchConnection implements RespParser.Handler {
    private static final String CHANNEL = "room";
    private static final byte[] MESSAGE = ascii("message");
    private static final byte[] SUBSCRIBE_REPLY = ascii("subscribe");
    private static final int SCRATCH_BYTES = 256 * 1024;
    private static final int MIN_PENDING_BYTES = 4 * 1024;

    private final RespParser parser = new RespParser(2 * 1024 * 1024);
    private final Receipts receipts;
    private final SenderProgress progress;
    private ByteBuffer pending;
    private byte[] text;
    private byte[] publishHead;
    private ByteBuffer scratch;

    RedisConnection(SocketChannel channel, FanoutRun run, Receipts receipts, SenderProgress progress) {
        super(channel, run);
        this.receipts = receipts;
        this.progress = progress;
    }

    @Override
    protected boolean isSender() {
        return progress != null;
    }

    @Override
    protected void onRegistered() throws IOException {
        if (progress == null) {
            send(ByteBuffer.wrap(command("SUBSCRIBE", CHANNEL)));
            return;
        }
        progress.attach(loop);
        int size = run.workload().messageBytes();
        text = Stamp.template(size);
        publishHead = ascii("*3\r\n$7\r\nPUBLISH\r\n$" + CHANNEL.length() + "\r\n" + CHANNEL + "\r\n$" + size + "\r\n");
        scratch = ByteBuffer.allocate(Math.max(SCRATCH_BYTES, 2 * (publishHead.length + size + 2)));
        run.joined();
    }

    @Override
    protected void onBytes(ByteBuffer bytes) throws IOException {
        try {
            if (pending == null || pending.position() == 0) {
                parser.parse(bytes, this);
                if (bytes.hasRemaining()) {
                    keep(bytes);
                }
                return;
            }
            keep(bytes);
            pending.flip();
            parser.parse(pending, this);
            pending.compact();
        } catch (RespException e) {
            throw new IOException("bad reply from Redis: " + e.getMessage(), e);
        }
    }

    /** Appends bytes to the partial-reply buffer, growing it as needed. */
    private void keep(ByteBuffer bytes) {
        if (pending == null || pending.remaining() < bytes.remaining()) {
            int held = pending == null ? 0 : pending.position();
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(MIN_PENDING_BYTES, 2 * (held + bytes.remaining())));
            if (pending != null) {
                pending.flip();
                bigger.put(pending);
            }
            pending = bigger;
        }
        pending.put(bytes);
    }

    @Override
    public void onReply(RespReply reply) throws RespException {
        switch (reply.kind()) {
            case ARRAY:
                if (reply.size() == 3 && reply.elementEquals(0, MESSAGE)) {
                    onMessage(reply.buffer(), reply.elementStart(2), reply.elementLength(2));
                } else if (reply.size() == 3 && reply.elementEquals(0, SUBSCRIBE_REPLY)) {
                    run.joined();
                }
                break;
            case ERROR:
                run.serverError(reply.text(0));
                break;
            default:
                break;
        }
    }

    private void onMessage(ByteBuffer buf, int at, int length) {
        int sender = Stamp.sender(buf, at, length);
        if (sender < 0) {
            loop.malformed++;
            return;
        }
        run.deliver(loop, receipts, sender, Stamp.seq(buf, at), Stamp.nanos(buf, at));
    }

    @Override
    protected void pump() {
        if (isClosed()) {
            return;
        }
        scratch.clear();
        int commandBytes = publishHead.length + text.length + 2;
        while (writable() && progress.canSend() && scratch.remaining() >= commandBytes) {
            long seq = progress.nextSeq();
            long now = Stamp.now();
            Stamp.write(text, progress.index(), seq, now);
            progress.markSent(seq, now);
            scratch.put(publishHead).put(text).put((byte) '\r').put((byte) '\n');
        }
        if (scratch.position() > 0) {
            scratch.flip();
            try {
                send(scratch);
            } catch (IOException e) {
                run.connectionFailed(e);
                close();
            }
        }
    }

    private static byte[] command(String... parts) {
        StringBuilder sb = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String p : parts) {
            sb.append('$').append(p.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(p).append("\r\n");
        }
        return ascii(sb.toString());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
