package chat.bench.load;

/**
 * What one run does: {@code members} in the room (senders included), {@code senders} of them
 * sending {@code warmup} then {@code messages} messages of {@code size} bytes each, at most
 * {@code window} in flight per sender. With {@code image}, each sender's messages are the
 * 64 KiB chunks of {@code size}-byte images instead (chat: IMAGE_BEGIN/CHUNK/END; Redis:
 * PUBLISH of each chunk).
 */
public record Workload(String name, int members, int senders, int size, int messages, int warmup, int window,
                       boolean image) {
    /** Bytes of one image chunk, the protocol's largest. */
    public static final int IMAGE_CHUNK = 65_536;

    public Workload {
        if (members < 2 || senders < 1 || senders > members) {
            throw new IllegalArgumentException("need 1..members senders and at least 2 members");
        }
        if (messages < 1 || warmup < 0 || window < 1) {
            throw new IllegalArgumentException("messages and window must be positive, warmup not negative");
        }
        if (!image && size < Stamp.LENGTH) {
            throw new IllegalArgumentException("size must be at least " + Stamp.LENGTH);
        }
        if (image && (size % IMAGE_CHUNK != 0 || size < IMAGE_CHUNK)) {
            throw new IllegalArgumentException("image size must be a multiple of " + IMAGE_CHUNK);
        }
        if (image && senders != 1) {
            throw new IllegalArgumentException("one image sender");
        }
    }

    /** Recipients of each message: every member but its sender. */
    public int recipients() {
        return members - 1;
    }

    /** Bytes carried by one message (a chunk for images). */
    public int messageBytes() {
        return image ? IMAGE_CHUNK : size;
    }

    /** Chunks in one image. */
    public int chunksPerImage() {
        return size / IMAGE_CHUNK;
    }

    public int totalMessages() {
        return warmup + messages;
    }
}
