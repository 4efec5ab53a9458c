package chat.client.console;

import chat.client.Messages;
import chat.core.frame.Frame;
import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RendererTest {
    private static final Member BOB = new Member(7, "bob", "192.168.0.3", MemberMode.FRAMED);
    private final Renderer renderer = new Renderer(false);

    @BeforeAll
    static void english() {
        Messages.useLocale(Locale.ROOT);
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    private static Frame.Message message(String text, boolean isPrivate) {
        return new Frame.Message(7, 0L, isPrivate, "bob", "192.168.0.3", text);
    }

    @Test
    void messageStartsWithTheSendersAddressAndNick() {
        assertThat(text(renderer.message(message("salut", false)))).containsExactly("192.168.0.3 bob: salut");
    }

    @Test
    void whisperIsMarkedPrivate() {
        assertThat(text(renderer.message(message("psst", true)))).containsExactly("192.168.0.3 bob (private): psst");
    }

    @Test
    void eachLineOfAMultiLineMessageGetsThePrefix() {
        assertThat(text(renderer.message(message("one\ntwo", false))))
                .containsExactly("192.168.0.3 bob: one", "192.168.0.3 bob: two");
    }

    @Test
    void escapeSequencesFromTheNetworkNeverReachTheTerminal() {
        Frame.Message evil = new Frame.Message(7, 0L, false, "b\u001b[2Job", "1.2.3.4\u0007",
                "\u001b]0;owned\u0007\u001b[31mred\u009b2J\u202Eevil");
        List<AttributedString> lines = renderer.message(evil);
        for (AttributedString line : lines) {
            assertThat(line.toString()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
                    .doesNotContain("\u202E");
        }
        assertThat(lines.get(0).toString()).contains("^[[31mred");
    }

    @Test
    void noticeTextFromTheServerIsSanitisedToo() {
        List<AttributedString> lines = renderer.notice(Frame.Notice.info("hi\u001b[2J"));
        assertThat(lines.get(0).toString()).isEqualTo("*** hi^[[2J");
    }

    @Test
    void joinsLeavesAndNickChangesAreNotices() {
        assertThat(text(renderer.notice(Frame.Notice.join(BOB)))).containsExactly("*** bob (192.168.0.3) joined");
        assertThat(text(renderer.notice(Frame.Notice.leave(BOB, LeaveReason.TIMEOUT))))
                .containsExactly("*** bob (192.168.0.3) left (timed out)");
        assertThat(text(renderer.notice(Frame.Notice.nick(BOB, "guest-7"))))
                .containsExactly("*** guest-7 is now known as bob");
    }

    @Test
    void presenceSummaryGivesCountsAndNames() {
        Frame.Notice presence = Frame.Notice.presence(List.of(BOB), List.of(), 37, 0, 412);
        assertThat(text(renderer.notice(presence))).containsExactly("*** 37 joined bob; 412 members now");
    }

    @Test
    void serverErrorNamesItsCode() {
        assertThat(text(renderer.error(new Frame.Error("nick_taken", "bob is taken", false))))
                .containsExactly("!!! server error nick_taken: bob is taken");
    }

    @Test
    void ownLinesAreEchoedDistinctly() {
        assertThat(text(renderer.ownSay("alice", "hi\nyou"))).containsExactly("alice (you): hi", "alice (you): you");
        assertThat(text(renderer.ownWhisper("bob", "psst"))).containsExactly("→ bob (private): psst");
    }

    @Test
    void timestampsUseTheMessagesServerTime() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T10:00:00Z"), ZoneOffset.UTC);
        Renderer stamped = new Renderer(true, clock);
        Frame.Message m = new Frame.Message(7, Instant.parse("2024-01-01T09:15:30Z").toEpochMilli(), false, "bob",
                "10.0.0.1", "hey");
        assertThat(text(stamped.message(m))).containsExactly("09:15:30 10.0.0.1 bob: hey");
        assertThat(stamped.status("x").toString()).isEqualTo("10:00:00 *** x");
    }
}
