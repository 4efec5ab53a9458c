package chat.core.frame;

import chat.core.protocol.ProtocolException;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: parses every frame a decoder hands over and keeps them in order. */
final class CollectingHandler implements FrameHandler {
    final List<Frame> frames = new ArrayList<>();

    @Override
    public boolean onFrame(int typeCode, ByteBuffer body) throws ProtocolException {
        frames.add(FrameParser.parse(typeCode, body));
        return true;
    }

    /** Decodes {@code chunks} in order with a fresh decoder and returns the frames parsed. */
    static List<Frame> decodeChunks(int maxFrame, List<byte[]> chunks) throws ProtocolException {
        FrameDecoder decoder = new FrameDecoder(maxFrame);
        CollectingHandler handler = new CollectingHandler();
        for (byte[] chunk : chunks) {
            ByteBuffer src = ByteBuffer.wrap(chunk);
            decoder.decode(src, handler);
            if (src.hasRemaining()) {
                throw new AssertionError("decoder left " + src.remaining() + " bytes unread");
            }
        }
        if (decoder.hasPartialFrame()) {
            throw new AssertionError("decoder still holds a partial frame");
        }
        return handler.frames;
    }
}
