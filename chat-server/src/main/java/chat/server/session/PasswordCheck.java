package chat.server.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's password, compared in constant time, and the slow-down of addresses that keep
 * guessing (at most 10,000 remembered, each for 10 minutes): after {@link #FREE_ATTEMPTS} wrong attempts, an address must wait 1 s, then 2 s,
 * 4 s ... up to a minute before its next attempt is even looked at. Accepts anything when the
 * server has no password. Event-loop thread only.
 */
public final class PasswordCheck {
    static final int FREE_ATTEMPTS = 3;
    private static final long FIRST_WAIT_MILLIS = 1_000;
    private static final long MAX_WAIT_MILLIS = 60_000;
    private static final long FORGET_AFTER_MILLIS = 10 * 60_000;
    private static final int MAX_ADDRESSES = 10_000;

    private final byte[] secretDigest;
    /** Addresses with failures, least recently failed first; the oldest is forgotten beyond the cap. */
    private final Map<String, Failures> failuresByAddress = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    private static final class Failures {
        int count;
        long lastMillis;
    }

    public PasswordCheck(String secret) {
        this.secretDigest = secret == null ? null : digest(secret);
    }

    public boolean required() {
        return secretDigest != null;
    }

    /** Null when {@code attempt} from {@code address} is accepted; otherwise why not, for the client. */
    public String refusal(String attempt, String address, long nowMillis) {
        if (secretDigest == null) {
            return null;
        }
        Failures failures = failuresByAddress.get(address);
        long wait = failures == null ? 0 : failures.lastMillis + waitAfter(failures.count) - nowMillis;
        if (wait > 0) {
            return "too many wrong passwords from " + address + "; try again in " + ((wait + 999) / 1000) + " s";
        }
        if (attempt != null && MessageDigest.isEqual(secretDigest, digest(attempt))) {
            failuresByAddress.remove(address);
            return null;
        }
        recordFailure(address, nowMillis);
        return "wrong or missing password";
    }

    private static long waitAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return 0;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 16);
        return Math.min(MAX_WAIT_MILLIS, FIRST_WAIT_MILLIS << doublings);
    }

    private void recordFailure(String address, long nowMillis) {
        Failures failures = failuresByAddress.get(address);
        if (failures == null || nowMillis - failures.lastMillis > FORGET_AFTER_MILLIS) {
            failures = new Failures();
            failuresByAddress.put(address, failures);
        }
        failures.count++;
        failures.lastMillis = nowMillis;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
