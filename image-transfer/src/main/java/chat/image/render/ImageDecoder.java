package chat.image.render;

import chat.image.ImageLimits;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Decodes an image file to fit a box of pixels, safely: the size is read from the header first and an image over
 * {@link ImageLimits#MAX_DECODE_PIXELS} is refused before any pixel is decoded; large images are decoded with source
 * subsampling so memory stays near the box's size; the result is scaled down (never up) keeping the aspect ratio
 * and flattened onto black (no alpha). GIFs show their first frame.
 */
public final class ImageDecoder {

    private ImageDecoder() {
    }

    /**
     * The image in {@code file} scaled to fit {@code maxWidth} × {@code maxHeight} pixels.
     *
     * @throws ImageTooLargeException the image has more pixels than the decode limit
     * @throws IOException            the file is not an image ImageIO can decode
     */
    public static BufferedImage decode(Path file, int maxWidth, int maxHeight) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) {
                throw new IOException("cannot open " + file);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no decoder for " + file);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > ImageLimits.MAX_DECODE_PIXELS) {
                    throw new ImageTooLargeException(width, height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int subsampling = Math.max(1, Math.min(width / Math.max(1, maxWidth), height / Math.max(1, maxHeight)));
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return scaleToFit(reader.read(0, param), maxWidth, maxHeight);
            } catch (RuntimeException e) {
                throw new IOException("cannot decode " + file + ": " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** {@code image} scaled down to fit {@code maxWidth} × {@code maxHeight}, aspect kept, as opaque RGB. */
    public static BufferedImage scaleToFit(BufferedImage image, int maxWidth, int maxHeight) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(),
                (double) maxHeight / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = out.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, java.awt.Color.BLACK, null);
        } finally {
            graphics.dispose();
        }
        return out;
    }
}
