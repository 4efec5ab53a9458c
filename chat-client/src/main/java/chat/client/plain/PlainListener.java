package chat.client.plain;

/** What a plain-text connection reports, on its reader thread, in order. */
public interface PlainListener {

    /** A line of received text (unsanitised, without its line ending). */
    void line(String text);

    /** The connection ended; no more calls follow. */
    void closed(String reason);
}
