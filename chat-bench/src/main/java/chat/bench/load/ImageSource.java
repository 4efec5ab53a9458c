package chat.bench.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** The image a sender streams: PNG magic, then reproducible pseudo-random bytes, and its SHA-256. */
final class ImageSource {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final long SEED = 6;

    final byte[] bytes;
    final String sha256;

    ImageSource(int size) {
        bytes = new byte[size];
        new SplittableRandom(SEED).nextBytes(bytes);
        System.arraycopy(PNG_MAGIC, 0, bytes, 0, PNG_MAGIC.length);
        try {
            sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
