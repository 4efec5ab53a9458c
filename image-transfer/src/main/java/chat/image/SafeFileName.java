package chat.image;

import chat.core.image.ImageFormat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces the name a sender gave an image to a safe base name for the download folder: no path separators, no
 * {@code ..} or leading dot, no control, format or bidirectional characters, no name reserved by Windows, an
 * extension that matches the image's real format, and a bounded length.
 */
public final class SafeFileName {
    /** The longest name, in characters (code points), extension included. */
    public static final int MAX_CHARS = 100;
    /** The longest name in UTF-8 bytes: far below the 255 bytes most file systems allow, leaving room for "-N". */
    public static final int MAX_BYTES = 200;
    /** The base name used when nothing usable is left. */
    public static final String FALLBACK_STEM = "image";

    private static final int MAX_EXTENSION_CHARS = 16;
    private static final String REPLACEMENT = "_";
    private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeFileName() {
    }

    /** The safe base name for a name of unknown format; an empty result becomes {@code image}. */
    public static String reduce(String senderName) {
        return reduce(senderName, null);
    }

    /**
     * The safe base name for an image of {@code format} (may be null) that its sender called {@code senderName}.
     * The extension is the format's when the name has none of the format's extensions ({@code x.sh} → {@code
     * x.sh.png}); an empty name becomes {@code image.png}.
     */
    public static String reduce(String senderName, ImageFormat format) {
        String name = lastPathComponent(senderName == null ? "" : senderName);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = dropUnsafeCharacters(name);
        name = trimDotsAndSpaces(name);
        String stem = stemOf(name);
        String extension = extensionOf(name);
        if (format != null && !format.extensions().contains(extension.toLowerCase(Locale.ROOT))) {
            stem = name;
            extension = format.extension();
        }
        stem = trimDotsAndSpaces(stem);
        if (stem.isEmpty()) {
            stem = FALLBACK_STEM;
        }
        if (WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT))
                || WINDOWS_RESERVED.contains(stemOf(stem).toLowerCase(Locale.ROOT))) {
            stem = REPLACEMENT + stem;
        }
        return bound(stem, extension.isEmpty() ? "" : "." + extension);
    }

    private static String lastPathComponent(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static String dropUnsafeCharacters(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (WINDOWS_FORBIDDEN.indexOf(cp) >= 0) {
                out.append(REPLACEMENT);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (isSafe(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Drops controls (C0, DEL, C1), format characters (bidi overrides, zero-width), unassigned and private use. */
    private static boolean isSafe(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String stemOf(String name) {
        int dot = extensionDot(name);
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String extensionOf(String name) {
        int dot = extensionDot(name);
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The index of the dot starting a short extension, or -1 when the name has no such extension. */
    private static int extensionDot(String name) {
        int dot = name.lastIndexOf('.');
        int length = name.length() - dot - 1;
        return dot <= 0 || length < 1 || length > MAX_EXTENSION_CHARS ? -1 : dot;
    }

    /** Cuts the stem (never the extension) until the whole fits both bounds; never splits a code point. */
    private static String bound(String stem, String dotExtension) {
        String cut = stem;
        while (!fits(cut + dotExtension) && !cut.isEmpty()) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        cut = trimDotsAndSpaces(cut);
        return (cut.isEmpty() ? FALLBACK_STEM : cut) + dotExtension;
    }

    private static boolean fits(String name) {
        return name.codePointCount(0, name.length()) <= MAX_CHARS
                && name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
