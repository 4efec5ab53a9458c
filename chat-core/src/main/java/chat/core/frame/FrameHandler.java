package chat.core.frame;

import chat.core.protocol.ProtocolException;

import java.nio.ByteBuffer;

/** Receives each complete frame from a {@link FrameDecoder}. */
@FunctionalInterface
public interface FrameHandler {

    /**
     * One complete frame. {@code body} holds the bytes after the type byte and is valid only
     * during this call: copy what must outlive it.
     *
     * @return true to go on decoding the bytes that follow, false to stop (e.g. after BYE)
     */
    boolean onFrame(int typeCode, ByteBuffer body) throws ProtocolException;
}
