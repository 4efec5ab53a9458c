package chat.client.net;

import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.protocol.ProtocolLimits;
import chat.core.text.NickRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    void apply(Frame frame) {
        if (frame instanceof Frame.Notice notice) {
            notice(notice);
        } else if (frame instanceof Frame.Members page && page.members() != null) {
            page.members().forEach(this::put);
            memberCount = page.total();
        }
    }

    private void notice(Frame.Notice notice) {
        if (notice.event() == null) {
            return;
        }
        switch (notice.event()) {
            case JOIN -> {
                put(notice.member());
                memberCount++;
            }
            case LEAVE -> {
                if (notice.member() != null) {
                    members.remove(notice.member().id());
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
                    notice.joined().forEach(this::put);
                }
                if (notice.left() != null) {
                    notice.left().forEach(m -> members.remove(m.id()));
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
        if (member != null) {
            members.put(member.id(), member);
        }
    }
}
