package chat.bench.load;

import chat.bench.stats.DeliveryChecker;

/** What one receiving connection has got from each sender: a {@link DeliveryChecker} per sender. */
final class Receipts {
    /** The receiver's own sender index, or -1: a member never gets its own messages back. */
    final int self;
    /** The I/O thread the receiver runs on. */
    final int loop;
    private final DeliveryChecker[] checkers;

    Receipts(int self, int senders, int loop) {
        this.self = self;
        this.loop = loop;
        this.checkers = new DeliveryChecker[senders];
    }

    DeliveryChecker checker(int sender) {
        DeliveryChecker c = checkers[sender];
        if (c == null) {
            c = new DeliveryChecker();
            checkers[sender] = c;
        }
        return c;
    }

    /** The checker for {@code sender}, or null if nothing came from it. */
    DeliveryChecker existing(int sender) {
        return checkers[sender];
    }
}
