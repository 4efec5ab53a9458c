package chat.client.net;

import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.model.NoticeEvent;
import chat.core.protocol.ProtocolLimits;
import chat.core.text.NickRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the client knows of the room: who we are, the server's limits and the member table,
 * kept from WELCOME, NOTICE and MEMBERS. Written by the link thread, read by the console thread.
 */
public final class RoomState {
    private final Map<Integer, Member> members = new ConcurrentHashMap<>();
    private volatile Member you;
    private volatile ProtocolLimits limits = ProtocolLimits.DEFAULTS;
    private volatile int memberCount;
    /** The table a WHO chain is building (link thread only), or null. */
    private Map<Integer, Member> refreshed;

    /** Us, or null before the first WELCOME. */
    public Member you() {
        return you;
    }

    public ProtocolLimits limits() {
        return limits;
    }

    /** Members present, as last counted by the server (us included). */
    public int memberCount() {
        return memberCount;
    }

    /** The member with this nick (case-insensitive), or null. */
    public Member byNick(String nick) {
        String key = NickRules.key(nick);
        for (Member member : members.values()) {
            if (NickRules.key(member.nick()).equals(key)) {
                return member;
            }
        }
        return null;
    }

    /** Every known member, us included, sorted by nick. */
    public List<Member> members() {
        List<Member> list = new ArrayList<>(members.values());
        list.sort(Comparator.comparing(m -> NickRules.key(m.nick())));
        return list;
    }

    /** Nicks of the other members, for completion. */
    public List<String> otherNicks() {
        Member self = you;
        List<String> nicks = new ArrayList<>();
        for (Member member : members()) {
            if (self == null || member.id() != self.id()) {
                nicks.add(member.nick());
            }
        }
        return nicks;
    }

    void welcome(Frame.Welcome welcome) {
        members.clear();
        you = welcome.you();
        if (welcome.limits() != null) {
            limits = welcome.limits();
        }
        memberCount = welcome.memberCount();
        put(welcome.you());
        if (welcome.members() != null) {
            welcome.members().forEach(this::put);
        }
    }

    /** True for a presence summary that names only some of those who came and went. */
    public boolean presenceIncomplete(Frame.Notice notice) {
        if (notice.event() != NoticeEvent.PRESENCE) {
            return false;
        }
        int joinedNamed = notice.joined() == null ? 0 : notice.joined().size();
        int leftNamed = notice.left() == null ? 0 : notice.left().size();
        return (notice.joinedCount() != null && notice.joinedCount() > joinedNamed)
                || (notice.leftCount() != null && notice.leftCount() > leftNamed);
    }

    void apply(Frame frame) {
        if (frame instanceof Frame.Notice notice) {
            notice(notice);
        } else if (frame instanceof Frame.Members page && page.members() != null) {
            members(page);
        }
    }

    /**
     * A page of a WHO chain. The chain rebuilds the table: when its last page has come, members
     * it did not list (and no notice brought meanwhile) are gone.
     */
    private void members(Frame.Members page) {
        if (page.offset() == 0) {
            refreshed = new HashMap<>();
            put(refreshed, you);
        }
        page.members().forEach(this::put);
        if (refreshed != null) {
            page.members().forEach(m -> put(refreshed, m));
        }
        memberCount = page.total();
        if (refreshed != null && page.offset() + page.members().size() >= page.total()) {
            members.keySet().retainAll(refreshed.keySet());
            refreshed = null;
        }
    }

    private void notice(Frame.Notice notice) {
        if (notice.event() == null) {
            return;
        }
        switch (notice.event()) {
            case JOIN -> {
                put(notice.member());
                noteDuringRefresh(notice.member(), null);
                memberCount++;
            }
            case LEAVE -> {
                if (notice.member() != null) {
                    members.remove(notice.member().id());
                    noteDuringRefresh(null, notice.member());
                }
                memberCount = Math.max(1, memberCount - 1);
            }
            case NICK -> {
                put(notice.member());
                Member self = you;
                if (self != null && notice.member() != null && notice.member().id() == self.id()) {
                    you = notice.member();
                }
            }
            case PRESENCE -> {
                if (notice.joined() != null) {
                    notice.joined().forEach(m -> {
                        put(m);
                        noteDuringRefresh(m, null);
                    });
                }
                if (notice.left() != null) {
                    notice.left().stream().filter(Objects::nonNull).forEach(m -> {
                        members.remove(m.id());
                        noteDuringRefresh(null, m);
                    });
                }
                if (notice.memberCount() != null) {
                    memberCount = notice.memberCount();
                }
            }
            default -> {
            }
        }
    }

    private void put(Member member) {
        put(members, member);
    }

    private static void put(Map<Integer, Member> table, Member member) {
        if (member != null) {
            table.put(member.id(), member);
        }
    }

    /** Joins and leaves announced while a WHO chain runs count in the table it builds. */
    private void noteDuringRefresh(Member joined, Member left) {
        Map<Integer, Member> building = refreshed;
        if (building == null) {
            return;
        }
        put(building, joined);
        if (left != null) {
            building.remove(left.id());
        }
    }
}
