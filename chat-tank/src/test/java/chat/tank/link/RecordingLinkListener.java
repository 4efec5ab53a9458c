package chat.tank.link;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Keeps every reply and every unrequested close, for tests. */
final class RecordingLinkListener implements TankLinkListener {
    final BlockingQueue<RobotReply> replies = new LinkedBlockingQueue<>();
    final BlockingQueue<CloseCause> closes = new LinkedBlockingQueue<>();

    @Override
    public void onReply(RobotReply reply) {
        replies.add(reply);
    }

    @Override
    public void onClosed(CloseCause cause, String detail) {
        closes.add(cause);
    }
}
