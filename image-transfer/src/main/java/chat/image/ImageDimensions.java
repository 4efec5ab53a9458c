package chat.image;

/**
 * An image's size in pixels, as read from its header.
 *
 * @param width  pixels across, positive
 * @param height pixels down, positive
 */
public record ImageDimensions(int width, int height) {

    public ImageDimensions {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("dimensions must be positive: " + width + "x" + height);
        }
    }

    /** Width times height. */
    public long pixels() {
        return (long) width * height;
    }

    /** True when the image is small enough to decode. */
    public boolean decodable() {
        return pixels() <= ImageLimits.MAX_DECODE_PIXELS;
    }

    @Override
    public String toString() {
        return width + "\u00d7" + height;
    }
}
