package chat.client.image;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which progress lines of a picture transfer are worth printing above the prompt: one each time the transfer
 * passes another quarter, so a large picture adds three lines to the screen, not a hundred. The done (or failed)
 * line reports the end. Transfers are remembered weakly: one that ends unseen is simply forgotten.
 */
final class ProgressSteps {
    /** The transfer is shown at 1/4, 2/4 and 3/4. */
    static final int STEPS = 4;

    private final Map<Object, Integer> shown = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * True when {@code transfer} has reached {@code progress} (0 to 1) and so a quarter not shown yet; never at
     * the start or the end.
     */
    boolean reached(Object transfer, double progress) {
        int step = (int) Math.floor(progress * STEPS);
        if (step <= 0 || step >= STEPS) {
            return false;
        }
        Integer before = shown.put(transfer, step);
        return before == null || before != step;
    }

    /** The transfer has ended. */
    void forget(Object transfer) {
        shown.remove(transfer);
    }
}
