package chat.bench.resp;

/** Bytes that are not RESP2 this parser understands; the connection cannot go on. */
public final class RespException extends Exception {
    public RespException(String message) {
        super(message);
    }
}
