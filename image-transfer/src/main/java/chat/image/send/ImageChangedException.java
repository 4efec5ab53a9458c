package chat.image.send;

import java.io.IOException;

/** The file being sent changed after it was checked: its size or SHA-256 no longer match what IMAGE_BEGIN said. */
public final class ImageChangedException extends IOException {
    public ImageChangedException(String message) {
        super(message);
    }
}
