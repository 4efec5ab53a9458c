package chat.client.image;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/** Image files written for tests: real small PNGs, and large files with a real PNG header for transfers. */
final class TestImages {
    /** PNG signature (8 bytes) and the IHDR chunk (25 bytes): enough for the header to be read. */
    private static final int PNG_HEADER_BYTES = 33;

    private TestImages() {
    }

    /** A real PNG, {@code width} × {@code height}, left half red and right half blue. */
    static Path smallPng(Path folder, String name, int width, int height) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, pngBytes(width, height));
        return file;
    }

    static byte[] pngBytes(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A file of {@code size} bytes starting like a PNG (so it is sent as one) and random after that. */
    static Path largePng(Path folder, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] header = Arrays.copyOf(pngBytes(8, 8), PNG_HEADER_BYTES);
        System.arraycopy(header, 0, bytes, 0, header.length);
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
