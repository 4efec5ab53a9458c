package chat.image.render;

import java.io.IOException;

/** An image has more pixels than the client decodes (a possible decompression bomb); the file is kept. */
public final class ImageTooLargeException extends IOException {
    private final int width;
    private final int height;

    public ImageTooLargeException(int width, int height) {
        super("image of " + width + "x" + height + " pixels is above the decode limit");
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
