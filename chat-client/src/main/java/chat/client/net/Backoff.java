package chat.client.net;

/** Reconnection delays: {@code initial}, doubling at each failure up to {@code max}; back to {@code initial} after a success. */
public final class Backoff {
    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff(long initialMillis, long maxMillis) {
        if (initialMillis < 1 || maxMillis < initialMillis) {
            throw new IllegalArgumentException("need 0 < initial <= max: " + initialMillis + ", " + maxMillis);
        }
        this.initialMillis = initialMillis;
        this.maxMillis = maxMillis;
        this.nextMillis = initialMillis;
    }

    /** The delay before the next attempt; the one after will be twice as long, within the maximum. */
    public long next() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return delay;
    }

    /** A connection succeeded: the next failure waits the initial delay again. */
    public void reset() {
        nextMillis = initialMillis;
    }
}
