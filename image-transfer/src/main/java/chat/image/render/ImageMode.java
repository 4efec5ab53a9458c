package chat.image.render;

import java.util.Locale;

/** The {@code --images} option: how received images are shown. {@code AUTO} picks the best the terminal can do. */
public enum ImageMode {
    AUTO, KITTY, ITERM, SIXEL, BLOCKS, OFF;

    /** The mode named {@code text} ({@code auto}, {@code kitty}, {@code iterm} or {@code iterm2}, ...), any case. */
    public static ImageMode parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.equals("ITERM2")) {
            return ITERM;
        }
        return valueOf(name);
    }
}
