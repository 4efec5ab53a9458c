package chat.client.session;

import chat.core.frame.Frame;

/**
 * The WHO requests in progress: one chain of pages at a time, shown (for {@code /who}) or silent
 * (to fill the member table). A {@code /who} typed while a silent chain runs is shown by a new
 * chain once that one ends; a page that is not the one expected (left over from a chain that was
 * replaced) is ignored. Called from the console and link threads.
 */
final class WhoChain {
    /** What to do with a page. */
    record Step(boolean show, int nextOffset) {
        static final int DONE = -1;
    }

    private boolean running;
    private boolean shown;
    private boolean showAfter;
    private int expectedOffset;

    /** Asks for a chain; true when WHO(0) must be sent now, false when one is already running. */
    synchronized boolean start(boolean show) {
        if (running) {
            showAfter |= show && !shown;
            return false;
        }
        running = true;
        shown = show;
        expectedOffset = 0;
        return true;
    }

    /** What a MEMBERS page means: null to ignore it; otherwise whether to show it and what to ask next. */
    synchronized Step page(Frame.Members page, int size) {
        if (!running || page.offset() != expectedOffset) {
            return null;
        }
        boolean show = shown;
        int next = page.offset() + size;
        if (size > 0 && next < page.total()) {
            expectedOffset = next;
            return new Step(show, next);
        }
        if (showAfter) {
            showAfter = false;
            shown = true;
            expectedOffset = 0;
            return new Step(show, 0);
        }
        running = false;
        return new Step(show, Step.DONE);
    }

    /** The connection is gone: nothing is in progress any more. */
    synchronized void reset() {
        running = false;
        showAfter = false;
    }
}
