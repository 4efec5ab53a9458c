package chat.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * One generator socket driven by an {@link IoLoop}: write-first output with a leftover buffer
 * (OP_WRITE only while it holds bytes), input handed to the protocol subclass from the loop's
 * shared read buffer. A sender also pumps messages each loop turn while its window allows.
 */
public abstract class BenchConnection {
    private static final int MAX_READS_PER_EVENT = 4;

    protected final SocketChannel channel;
    protected final FanoutRun run;
    protected IoLoop loop;
    private SelectionKey key;
    private ByteBuffer leftover;
    private boolean closed;

    protected BenchConnection(SocketChannel channel, FanoutRun run) {
        this.channel = channel;
        this.run = run;
    }

    /** A blocking connect to 127.0.0.1, then non-blocking with TCP_NODELAY. */
    public static SocketChannel connect(InetSocketAddress address) throws IOException {
        SocketChannel ch = SocketChannel.open();
        try {
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ch.connect(address);
            ch.configureBlocking(false);
            return ch;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
    }

    final void register(IoLoop owner, Selector selector) throws IOException {
        this.loop = owner;
        this.key = channel.register(selector, SelectionKey.OP_READ, this);
        onRegistered();
    }

    /** On the loop thread, once registered: send the greeting. */
    protected abstract void onRegistered() throws IOException;

    /** Bytes from the socket, position to limit; consume them all (keeping partial data itself). */
    protected abstract void onBytes(ByteBuffer bytes) throws IOException;

    /** True for a connection that sends the workload's messages. */
    protected boolean isSender() {
        return false;
    }

    /** Sends what the window allows; senders only. */
    protected void pump() {
    }

    final void readFrom(ByteBuffer shared) throws IOException {
        for (int i = 0; i < MAX_READS_PER_EVENT; i++) {
            shared.clear();
            int n = channel.read(shared);
            if (n < 0) {
                onClosedByPeer();
                close();
                return;
            }
            if (n == 0) {
                return;
            }
            shared.flip();
            onBytes(shared);
            if (n < shared.capacity()) {
                return;
            }
        }
    }

    /** The peer closed the connection. */
    protected void onClosedByPeer() {
        run.connectionLost();
    }

    /** True when nothing waits to be written: a sender may add more. */
    protected final boolean writable() {
        return leftover == null || leftover.position() == 0;
    }

    /** Writes {@code bytes} (position to limit) now, keeping what the socket does not take. */
    protected final void send(ByteBuffer bytes) throws IOException {
        if (closed) {
            return;
        }
        if (writable()) {
            channel.write(bytes);
            if (!bytes.hasRemaining()) {
                return;
            }
        }
        if (leftover == null || leftover.remaining() < bytes.remaining()) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(64 * 1024, (leftover == null ? 0 : leftover.position()) + bytes.remaining()) * 2);
            if (leftover != null) {
                leftover.flip();
                bigger.put(leftover);
            }
            leftover = bigger;
        }
        leftover.put(bytes);
        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    }

    final void flush() throws IOException {
        if (leftover == null || leftover.position() == 0) {
            key.interestOps(SelectionKey.OP_READ);
            return;
        }
        leftover.flip();
        channel.write(leftover);
        leftover.compact();
        if (leftover.position() == 0) {
            key.interestOps(SelectionKey.OP_READ);
            pump();
        }
    }

    final void fail(Exception e) {
        run.connectionFailed(e);
        close();
    }

    final void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // already gone
        }
    }

    protected final boolean isClosed() {
        return closed;
    }
}
