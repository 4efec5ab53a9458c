package chat.server.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Image-like test data: bytes that start with a format's magic number, and their SHA-256. */
public final class Images {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Images() {
    }

    /** {@code size} bytes starting like a PNG, the rest pseudo-random from {@code seed}. */
    public static byte[] png(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(PNG_MAGIC, 0, bytes, 0, Math.min(size, PNG_MAGIC.length));
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
