package chat.image.render;

import chat.core.image.ByteSize;
import chat.core.text.TerminalText;
import chat.image.ImageDimensions;
import chat.image.ImageHeaders;
import chat.image.ImageLimits;
import chat.image.ImageLines;
import chat.image.ImageText;
import chat.image.receive.ReceivedImage;
import org.jline.terminal.Terminal;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Turns a received image into the text that shows it above the prompt, by the chosen {@link RenderMethod}: kitty,
 * iTerm2 or sixel escape sequences, half-block lines, or a one-line description. The result is a String for
 * {@code LineReader.printAbove(String)}, which writes it raw while holding the reader's lock and redraws the prompt
 * afterwards. Images are scaled to the terminal's width and at most {@link #maxRows} rows; images above the pixel
 * limit or that fail to decode are described instead. Thread-safe (no mutable state).
 */
public final class TerminalImageRenderer {
    /** Rows of text an image takes at most by default. */
    public static final int DEFAULT_MAX_ROWS = 20;
    /** Columns assumed when the terminal reports no width. */
    public static final int FALLBACK_COLUMNS = 80;
    /** Pixels of a character cell assumed when sizing graphics (cells are about twice as tall as wide). */
    static final int CELL_WIDTH_PX = 10;
    static final int CELL_HEIGHT_PX = 20;
    /** Pixels of a cell actually drawn by sixel, which draws at the image's own size (a small, safe estimate). */
    static final int SIXEL_CELL_WIDTH_PX = 8;
    static final int SIXEL_CELL_HEIGHT_PX = 16;
    private static final int MEGA = 1_000_000;

    private final RenderMethod method;
    private final ColorDepth depth;
    private final IntSupplier columns;
    private final int maxRows;

    /**
     * A renderer by {@code method}, colours of {@code depth} for blocks, as wide as {@code columns} says at each
     * render (the terminal's current width) and at most {@code maxRows} rows tall.
     */
    public TerminalImageRenderer(RenderMethod method, ColorDepth depth, IntSupplier columns, int maxRows) {
        this.method = method;
        this.depth = depth;
        this.columns = columns;
        this.maxRows = maxRows;
    }

    /** A renderer for {@code terminal}: the method from {@code mode} and its capabilities, colours from COLORTERM. */
    public static TerminalImageRenderer forTerminal(Terminal terminal, ImageMode mode) {
        return new TerminalImageRenderer(RenderMethodChooser.choose(mode, terminal),
                ColorDepth.fromEnvironment(System.getenv()), terminal::getWidth, DEFAULT_MAX_ROWS);
    }

    public RenderMethod method() {
        return method;
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * What to print to show {@code image}: empty for {@link RenderMethod#NONE}; otherwise never ends with a newline
     * (printAbove adds one).
     */
    public String render(ReceivedImage image) {
        if (method == RenderMethod.NONE) {
            return "";
        }
        if (method == RenderMethod.DESCRIPTION) {
            return ImageLines.describe(image);
        }
        Optional<ImageDimensions> dimensions = image.knownDimensions().or(() -> ImageHeaders.read(image.path()));
        if (dimensions.isPresent() && !dimensions.get().decodable()) {
            return ImageText.get("image.notDecoded", nick(image), image.name(), dimensions.get().toString(),
                    ByteSize.format(image.size()), ImageLimits.MAX_DECODE_PIXELS / MEGA, path(image));
        }
        try {
            return renderFile(image.path());
        } catch (IOException e) {
            return ImageText.get("image.undecodable", nick(image), image.name(), "",
                    ByteSize.format(image.size()), path(image));
        }
    }

    /**
     * What to print to show the image in {@code file} by this renderer's graphic method (kitty, iTerm2, sixel or
     * blocks). The caller has checked the method draws pixels.
     *
     * @throws ImageTooLargeException the image is above the pixel limit
     * @throws IOException            the file cannot be decoded
     */
    public String renderFile(Path file) throws IOException {
        int cols = Math.max(1, usableColumns());
        return switch (method) {
            case BLOCKS -> String.join("\n", new HalfBlockRenderer(depth).render(
                    ImageDecoder.decode(file, cols, maxRows * 2)));
            case KITTY -> {
                BufferedImage scaled = ImageDecoder.decode(file, cols * CELL_WIDTH_PX, maxRows * CELL_HEIGHT_PX);
                yield KittyEncoder.encode(png(scaled), cellsAcross(scaled), 0);
            }
            case ITERM -> {
                BufferedImage scaled = ImageDecoder.decode(file, cols * CELL_WIDTH_PX, maxRows * CELL_HEIGHT_PX);
                yield ItermEncoder.encode(png(scaled), cellsAcross(scaled), cellsDown(scaled));
            }
            case SIXEL -> SixelEncoder.encode(ImageDecoder.decode(file, cols * SIXEL_CELL_WIDTH_PX,
                    maxRows * SIXEL_CELL_HEIGHT_PX));
            case DESCRIPTION, NONE -> throw new IllegalStateException(method + " draws no pixels");
        };
    }

    /** The terminal's width less one column (drawing in the last column would wrap in some terminals). */
    private int usableColumns() {
        int width = columns.getAsInt();
        return (width <= 0 ? FALLBACK_COLUMNS : width) - 1;
    }

    private static int cellsAcross(BufferedImage image) {
        return Math.max(1, (image.getWidth() + CELL_WIDTH_PX - 1) / CELL_WIDTH_PX);
    }

    private static int cellsDown(BufferedImage image) {
        return Math.max(1, (image.getHeight() + CELL_HEIGHT_PX - 1) / CELL_HEIGHT_PX);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG encoder");
        }
        return out.toByteArray();
    }

    private static String nick(ReceivedImage image) {
        return TerminalText.sanitizeLine(image.senderNick());
    }

    private static String path(ReceivedImage image) {
        return TerminalText.sanitizeLine(image.path().toString());
    }
}
