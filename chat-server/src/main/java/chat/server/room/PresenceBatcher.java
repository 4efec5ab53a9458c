package chat.server.room;

import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.protocol.Protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Sums up joins and leaves in a large room: at most one presence notice a second, naming a
 * sample of those who came and went, with the full counts.
 */
public final class PresenceBatcher {
    private List<Member> joined = new ArrayList<>();
    private List<Member> left = new ArrayList<>();
    private int joinedCount;
    private int leftCount;

    public void joined(Member member) {
        joinedCount++;
        if (joined.size() < Protocol.PRESENCE_SAMPLE) {
            joined.add(member);
        }
    }

    public void left(Member member) {
        leftCount++;
        if (left.size() < Protocol.PRESENCE_SAMPLE) {
            left.add(member);
        }
    }

    public boolean hasPending() {
        return joinedCount + leftCount > 0;
    }

    /** The summary of everything since the last drain, and a fresh start. */
    public Frame.Notice drain(int memberCount) {
        Frame.Notice notice = Frame.Notice.presence(joined, left, joinedCount, leftCount, memberCount);
        joined = new ArrayList<>();
        left = new ArrayList<>();
        joinedCount = 0;
        leftCount = 0;
        return notice;
    }
}
