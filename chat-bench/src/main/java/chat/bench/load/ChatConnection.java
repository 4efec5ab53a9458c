package chat.bench.load;

import chat.core.frame.Frame;
import chat.core.frame.FrameDecoder;
import chat.core.frame.FrameEncoder;
import chat.core.frame.FrameHandler;
import chat.core.frame.FrameParser;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * A member of the chat room speaking the framed protocol: HELLO, then MESSAGE frames checked
 * and timed by their stamp, image chunks counted; a sender also sends SAY frames (or an
 * image's IMAGE_BEGIN, IMAGE_CHUNK and IMAGE_END frames) while its window allows.
 */
final class ChatConnection extends BenchConnection implements FrameHandler {
    private static final int MAX_FRAME = 2 * 1024 * 1024;
    private static final int SCRATCH_BYTES = 256 * 1024;
    private static final String CLIENT = "chat-bench/1.0";
    private static final String IMAGE_NAME = "bench.png";
    private static final String IMAGE_MIME = "image/png";
    /** sender id, server time, flags */
    private static final int MESSAGE_FIXED_BYTES = 4 + 8 + 1;
    private static final int PREVIEW_BYTES = 120;
    private static final int CHUNK_HEADER_BYTES = Protocol.HEADER_BYTES + 4;

    /** Where this member stands. */
    private enum State { HELLO_SENT, JOINED }

    private final FrameDecoder decoder = new FrameDecoder(MAX_FRAME);
    private final String nick;
    private final Receipts receipts;
    private final SenderProgress progress;
    private State state = State.HELLO_SENT;
    private byte[] text;
    private ByteBuffer scratch;
    private long imageBytes;
    private long nextChunk;

    ChatConnection(SocketChannel channel, FanoutRun run, String nick, Receipts receipts, SenderProgress progress) {
        super(channel, run);
        this.nick = nick;
        this.receipts = receipts;
        this.progress = progress;
    }

    /** Encodes one HELLO so the JSON machinery is loaded before the first connection. */
    static void warmUpEncoder() {
        FrameEncoder.encode(new Frame.Hello(Protocol.VERSION, "warm-up", null, CLIENT));
    }

    @Override
    protected boolean isSender() {
        return progress != null;
    }

    @Override
    protected void onRegistered() throws IOException {
        if (progress != null) {
            progress.attach(loop);
            scratch = ByteBuffer.allocate(SCRATCH_BYTES);
            if (!run.workload().image()) {
                text = Stamp.template(run.workload().size());
            }
        }
        send(FrameEncoder.encode(new Frame.Hello(Protocol.VERSION, nick, null, CLIENT)));
    }

    @Override
    protected void onBytes(ByteBuffer bytes) throws IOException {
        try {
            decoder.decode(bytes, this);
        } catch (ProtocolException e) {
            throw new IOException("bad frame from the server (" + nick + ", " + state + "): " + e.getMessage()
                    + "; read began with: " + preview(bytes), e);
        }
    }

    @Override
    public boolean onFrame(int typeCode, ByteBuffer body) throws ProtocolException {
        if (typeCode == FrameType.MESSAGE.code()) {
            onMessage(body);
        } else if (typeCode == FrameType.IMAGE_CHUNK.code()) {
            onImageChunk(body.remaining() - 4);
        } else if (typeCode == FrameType.WELCOME.code()) {
            state = State.JOINED;
            run.joined();
            pump();
        } else if (typeCode == FrameType.PING.code()) {
            byte[] ping = new byte[body.remaining()];
            body.get(ping);
            sendQuietly(FrameEncoder.encode(new Frame.Pong(ping)));
        } else if (typeCode == FrameType.ERROR.code()) {
            onError((Frame.Error) FrameParser.parse(typeCode, body));
        } else if (typeCode == FrameType.IMAGE_ABORT.code()) {
            run.serverError("IMAGE_ABORT");
        }
        return true;
    }

    private void onMessage(ByteBuffer body) {
        int at = body.position() + MESSAGE_FIXED_BYTES;
        at += 1 + (body.get(at) & 0xFF);
        at += 1 + (body.get(at) & 0xFF);
        int textLength = body.limit() - at;
        int sender = Stamp.sender(body, at, textLength);
        if (sender < 0) {
            loop.malformed++;
            return;
        }
        run.deliver(loop, receipts, sender, Stamp.seq(body, at), Stamp.nanos(body, at));
    }

    private void onImageChunk(int bytes) {
        imageBytes += bytes;
        SenderProgress from = run.progress(0);
        while (imageBytes >= (nextChunk + 1) * Workload.IMAGE_CHUNK) {
            run.deliver(loop, receipts, 0, nextChunk, from.sendTime(nextChunk));
            nextChunk++;
        }
    }

    private void onError(Frame.Error error) {
        if (state == State.HELLO_SENT) {
            if (!error.fatal()) {
                return;
            }
            run.joinRefused(error.code());
        } else if ("unknown_type".equals(error.code())) {
            run.unsupported("server answered ERROR unknown_type");
        } else {
            run.serverError(error.code());
        }
    }

    @Override
    protected void pump() {
        if (progress == null || state != State.JOINED || isClosed()) {
            return;
        }
        scratch.clear();
        if (run.workload().image()) {
            fillImageFrames();
        } else {
            fillSayFrames();
        }
        if (scratch.position() > 0) {
            scratch.flip();
            sendQuietly(scratch);
        }
    }

    private void fillSayFrames() {
        int frameBytes = Protocol.HEADER_BYTES + text.length;
        while (writable() && progress.canSend() && scratch.remaining() >= frameBytes) {
            long seq = progress.nextSeq();
            long now = Stamp.now();
            Stamp.write(text, progress.index(), seq, now);
            progress.markSent(seq, now);
            scratch.putInt(1 + text.length).put((byte) FrameType.SAY.code()).put(text);
        }
    }

    private void fillImageFrames() {
        ImageSource image = run.image();
        int chunks = run.workload().chunksPerImage();
        int room = CHUNK_HEADER_BYTES + Workload.IMAGE_CHUNK + 2 * 1024;
        while (writable() && progress.canSend() && scratch.remaining() >= room) {
            long seq = progress.nextSeq();
            int transfer = (int) (seq / chunks) + 1;
            int chunk = (int) (seq % chunks);
            if (chunk == 0) {
                scratch.put(FrameEncoder.encode(new Frame.ImageBegin(transfer, null, null, IMAGE_NAME, IMAGE_MIME,
                        image.bytes.length, image.sha256)));
            }
            progress.markSent(seq, Stamp.now());
            scratch.putInt(1 + 4 + Workload.IMAGE_CHUNK).put((byte) FrameType.IMAGE_CHUNK.code()).putInt(transfer)
                    .put(image.bytes, chunk * Workload.IMAGE_CHUNK, Workload.IMAGE_CHUNK);
            if (chunk == chunks - 1) {
                scratch.put(FrameEncoder.encode(new Frame.ImageEnd(transfer)));
            }
        }
    }

    /** The first bytes of a read, printable ASCII kept, for the failure report. */
    private static String preview(ByteBuffer bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.limit(), PREVIEW_BYTES); i++) {
            int b = bytes.get(i) & 0xFF;
            sb.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return sb.toString();
    }

    private void sendQuietly(ByteBuffer bytes) {
        try {
            send(bytes);
        } catch (IOException e) {
            loop.failures++;
            run.connectionFailed(e);
            close();
        }
    }
}
