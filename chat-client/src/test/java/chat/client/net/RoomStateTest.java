package chat.client.net;

import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.core.protocol.Protocol;
import chat.core.protocol.ProtocolLimits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoomStateTest {
    private static final Member ME = member(1, "me");
    private final RoomState room = new RoomState();

    @Test
    void aSummaryThatNamesOnlySomeIsIncomplete() {
        assertThat(room.presenceIncomplete(Frame.Notice.presence(List.of(member(2, "a")), List.of(), 1, 0, 3)))
                .isFalse();
        assertThat(room.presenceIncomplete(Frame.Notice.presence(List.of(member(2, "a")), List.of(), 37, 0, 40)))
                .isTrue();
        assertThat(room.presenceIncomplete(Frame.Notice.join(member(2, "a")))).isFalse();
    }

    @Test
    void aWhoChainRemovesMembersItDidNotListButKeepsThoseWhoJoinedMeanwhile() {
        room.welcome(new Frame.Welcome(Protocol.VERSION, ME, 3, List.of(member(2, "ghost"), member(3, "bob")), "",
                ProtocolLimits.DEFAULTS));
        room.apply(new Frame.Members(0, 3, List.of(ME, member(3, "bob"))));
        room.apply(Frame.Notice.join(member(4, "carol")));
        room.apply(new Frame.Members(2, 3, List.of(member(5, "dave"))));

        assertThat(room.members()).extracting(Member::nick).containsExactly("bob", "carol", "dave", "me");
    }

    @Test
    void aSummaryWithAMissingEntryIsToleratedNotFatal() {
        room.welcome(new Frame.Welcome(Protocol.VERSION, ME, 2, List.of(member(2, "bob")), "", ProtocolLimits.DEFAULTS));
        java.util.ArrayList<Member> left = new java.util.ArrayList<>();
        left.add(null);
        left.add(member(2, "bob"));
        room.apply(Frame.Notice.presence(List.of(), left, 0, 2, 1));
        assertThat(room.otherNicks()).isEmpty();
    }

    private static Member member(int id, String nick) {
        return new Member(id, nick, "127.0.0.1", MemberMode.FRAMED);
    }
}
