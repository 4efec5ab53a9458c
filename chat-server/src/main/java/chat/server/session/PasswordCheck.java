package chat.server.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The server's password, compared in constant time. Accepts anything when there is none. */
public final class PasswordCheck {
    private final byte[] secretDigest;

    public PasswordCheck(String secret) {
        this.secretDigest = secret == null ? null : digest(secret);
    }

    public boolean required() {
        return secretDigest != null;
    }

    public boolean accepts(String attempt) {
        if (secretDigest == null) {
            return true;
        }
        return attempt != null && MessageDigest.isEqual(secretDigest, digest(attempt));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
