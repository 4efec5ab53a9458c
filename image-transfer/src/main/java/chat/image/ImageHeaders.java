package chat.image;

import chat.core.image.ImageFormat;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an image's width and height from its header without decoding pixels: PNG IHDR, GIF logical screen, BMP
 * info header, JPEG start-of-frame marker. Lets a receiver refuse to decode decompression bombs.
 */
public final class ImageHeaders {
    private static final int PNG_SIGNATURE_AND_IHDR_PREFIX = 12;
    private static final int GIF_SIGNATURE = 6;
    private static final int BMP_FILE_HEADER = 14;
    private static final int BMP_CORE_HEADER_SIZE = 12;
    private static final int JPEG_MAX_SEGMENTS = 4096;

    private ImageHeaders() {
    }

    /** The dimensions in the header of {@code file}, or empty when the header is unknown, short or invalid. */
    public static Optional<ImageDimensions> read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The dimensions in the header at the start of {@code in}, or empty when unknown. Reads only the header. */
    public static Optional<ImageDimensions> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[ImageFormat.MAGIC_LENGTH];
        int got = data.readNBytes(magic, 0, magic.length);
        Optional<ImageFormat> format = ImageFormat.detect(magic, 0, got);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(switch (format.get()) {
                case PNG -> png(data, got);
                case GIF -> gif(data, got);
                case BMP -> bmp(data, got);
                case JPEG -> got < ImageFormat.MAGIC_LENGTH ? null : jpeg(data, Byte.toUnsignedInt(magic[3]));
            });
        } catch (EOFException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ImageDimensions png(DataInputStream in, int consumed) throws IOException {
        in.skipNBytes(PNG_SIGNATURE_AND_IHDR_PREFIX - consumed);
        byte[] chunkType = in.readNBytes(4);
        if (!"IHDR".equals(new String(chunkType, StandardCharsets.US_ASCII))) {
            return null;
        }
        return new ImageDimensions(in.readInt(), in.readInt());
    }

    private static ImageDimensions gif(DataInputStream in, int consumed) throws IOException {
        in.skipNBytes(GIF_SIGNATURE - consumed);
        return new ImageDimensions(readU16le(in), readU16le(in));
    }

    private static ImageDimensions bmp(DataInputStream in, int consumed) throws IOException {
        in.skipNBytes(BMP_FILE_HEADER - consumed);
        long headerSize = readI32le(in) & 0xFFFF_FFFFL;
        if (headerSize == BMP_CORE_HEADER_SIZE) {
            return new ImageDimensions(readU16le(in), readU16le(in));
        }
        int width = readI32le(in);
        int height = readI32le(in);
        if (height == Integer.MIN_VALUE) {
            return null;
        }
        return new ImageDimensions(width, Math.abs(height));
    }

    /** {@code firstMarker}: the magic read FF D8 FF and one byte more, the first marker's code. */
    private static ImageDimensions jpeg(DataInputStream in, int firstMarker) throws IOException {
        int marker = firstMarker;
        for (int segment = 0; segment < JPEG_MAX_SEGMENTS; segment++) {
            while (marker == 0xFF) {
                marker = in.readUnsignedByte();
            }
            if (isStartOfFrame(marker)) {
                in.readUnsignedShort();
                in.readUnsignedByte();
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                return new ImageDimensions(width, height);
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null;
            }
            if (!(marker >= 0xD0 && marker <= 0xD7) && marker != 0x01) {
                int length = in.readUnsignedShort();
                if (length < 2) {
                    return null;
                }
                in.skipNBytes(length - 2);
            }
            if (in.readUnsignedByte() != 0xFF) {
                return null;
            }
            marker = in.readUnsignedByte();
        }
        return null;
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static int readU16le(DataInputStream in) throws IOException {
        int low = in.readUnsignedByte();
        return low | in.readUnsignedByte() << 8;
    }

    private static int readI32le(DataInputStream in) throws IOException {
        return readU16le(in) | readU16le(in) << 16;
    }
}
