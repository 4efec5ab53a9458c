package chat.image.render;

/** How an image is actually put on the screen. */
public enum RenderMethod {
    /** kitty graphics protocol (kitty, WezTerm, Ghostty). */
    KITTY,
    /** iTerm2 inline images (iTerm2, WezTerm, ...). */
    ITERM,
    /** DEC sixel graphics (foot, mlterm, xterm -ti vt340, ...). */
    SIXEL,
    /** Coloured upper-half blocks: two pixels a character cell; works in any colour terminal and inside tmux. */
    BLOCKS,
    /** One line of text naming the image: dumb terminals. */
    DESCRIPTION,
    /** Nothing: images are not shown ({@code --images off}). */
    NONE
}
