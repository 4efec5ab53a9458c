package chat.core.image;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats protocol version 1 carries, each with its mime type and the magic bytes its content starts with.
 * Formats are recognised by content, never by a file name's extension.
 */
public enum ImageFormat {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg", "jpe"),
    GIF("image/gif", new byte[] {'G', 'I', 'F', '8'}, "gif"),
    BMP("image/bmp", new byte[] {'B', 'M'}, "bmp");

    /** The most bytes any format needs to be recognised: read at least this many to call {@link #detect}. */
    public static final int MAGIC_LENGTH = 4;

    private final String mime;
    private final byte[] magic;
    private final List<String> extensions;

    ImageFormat(String mime, byte[] magic, String... extensions) {
        this.mime = mime;
        this.magic = magic;
        this.extensions = List.of(extensions);
    }

    /** The mime type as written in IMAGE_BEGIN, e.g. {@code image/png}. */
    public String mime() {
        return mime;
    }

    /** The usual file name extension, without the dot, e.g. {@code png}. */
    public String extension() {
        return extensions.get(0);
    }

    /** Every extension (lower case, no dot) a file of this format is commonly named with. */
    public List<String> extensions() {
        return extensions;
    }

    /** The magic bytes' length for this format. */
    public int magicLength() {
        return magic.length;
    }

    /** The magic byte at {@code index} ({@code 0 <= index < magicLength()}). */
    public byte magicByte(int index) {
        return magic[index];
    }

    /** True when {@code firstBytes} starts with this format's magic bytes. */
    public boolean matches(byte[] firstBytes) {
        return firstBytes != null && matches(firstBytes, 0, firstBytes.length);
    }

    /** True when {@code bytes[offset .. offset+length)} starts with this format's magic bytes. */
    public boolean matches(byte[] bytes, int offset, int length) {
        if (bytes == null || length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The format for an exact protocol mime type, or empty for any other string. */
    public static Optional<ImageFormat> fromMime(String mime) {
        for (ImageFormat format : values()) {
            if (format.mime.equals(mime)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format whose magic bytes {@code firstBytes} starts with, or empty. */
    public static Optional<ImageFormat> detect(byte[] firstBytes) {
        return firstBytes == null ? Optional.empty() : detect(firstBytes, 0, firstBytes.length);
    }

    /** The format whose magic bytes {@code bytes[offset .. offset+length)} starts with, or empty. */
    public static Optional<ImageFormat> detect(byte[] bytes, int offset, int length) {
        for (ImageFormat format : values()) {
            if (format.matches(bytes, offset, length)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** True when {@code mime} is a protocol mime type and {@code firstBytes} starts with its magic bytes. */
    public static boolean matches(String mime, byte[] firstBytes) {
        return fromMime(mime).map(format -> format.matches(firstBytes)).orElse(false);
    }

    /** The format a lower- or upper-case extension (without dot) usually names, or empty. */
    public static Optional<ImageFormat> fromExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String lower = extension.toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.extensions.contains(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
