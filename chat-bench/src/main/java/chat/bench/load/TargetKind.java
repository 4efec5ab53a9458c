package chat.bench.load;

/** The two servers compared. */
public enum TargetKind {
    CHAT, REDIS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
