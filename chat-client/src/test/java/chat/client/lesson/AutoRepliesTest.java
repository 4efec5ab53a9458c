package chat.client.lesson;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AutoRepliesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));

    @Test
    void aTriggerWordAnywhereInTheMessageGetsTheMarkedReply() {
        AutoReplies replies = new AutoReplies(Map.of("bonjour", "Salut à toi !"), clock);
        assertThat(replies.replyTo("Eh, BONJOUR la classe", false)).contains("↪ Salut à toi !");
    }

    @Test
    void onlyWholeWordsTrigger() {
        AutoReplies replies = new AutoReplies(Map.of("bonjour", "Salut"), clock);
        assertThat(replies.replyTo("bonjours", false)).isEmpty();
        assertThat(replies.replyTo("rebonjour", false)).isEmpty();
        assertThat(replies.replyTo("bonjour!", false)).isPresent();
    }

    @Test
    void ourOwnMessagesAndOtherAutoRepliesAreNeverAnswered() {
        AutoReplies replies = new AutoReplies(Map.of("bonjour", "Salut"), clock);
        assertThat(replies.replyTo("bonjour", true)).isEmpty();
        assertThat(replies.replyTo(AutoReplies.MARKER + "bonjour", false)).isEmpty();
    }

    @Test
    void aTriggerFiresAtMostOncePerTenSeconds() {
        AutoReplies replies = new AutoReplies(Map.of("bonjour", "Salut"), clock);
        assertThat(replies.replyTo("bonjour", false)).isPresent();
        clock.advance(Duration.ofSeconds(9));
        assertThat(replies.replyTo("bonjour", false)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(replies.replyTo("bonjour", false)).isPresent();
    }

    @Test
    void eachTriggerHasItsOwnCoolDownAndOneMessageGetsOneReply() {
        Map<String, String> triggers = new java.util.LinkedHashMap<>();
        triggers.put("bonjour", "Salut");
        triggers.put("merci", "De rien");
        AutoReplies replies = new AutoReplies(triggers, clock);
        assertThat(replies.replyTo("bonjour et merci", false)).contains("↪ Salut");
        assertThat(replies.replyTo("bonjour et merci", false)).contains("↪ De rien");
        assertThat(replies.replyTo("bonjour et merci", false)).isEmpty();
    }

    @Test
    void twoClientsAnsweringEachOtherStopAtOnce() {
        AutoReplies alice = new AutoReplies(Map.of("bonjour", "bonjour à toi"), clock);
        AutoReplies bob = new AutoReplies(Map.of("bonjour", "bonjour bonjour"), clock);
        int sent = exchange(alice, bob, "bonjour", false, 1_000);
        assertThat(sent).isEqualTo(1);
    }

    @Test
    void evenWhenARelayStripsTheMarkerTheCoolDownBoundsTheReplies() {
        AutoReplies alice = new AutoReplies(Map.of("bonjour", "bonjour à toi"), clock);
        AutoReplies bob = new AutoReplies(Map.of("bonjour", "bonjour bonjour"), clock);
        int steps = 600;
        int sent = exchange(alice, bob, "bonjour", true, steps);
        // 600 steps of 1 s = 60 s: each engine fires at most once per 10 s window
        long windows = Duration.ofSeconds(steps).dividedBy(AutoReplies.COOLDOWN) + 1;
        assertThat(sent).isPositive().isLessThanOrEqualTo((int) (2 * windows));
    }

    /** Bounces messages between two engines, one per simulated second; returns the replies sent. */
    private int exchange(AutoReplies a, AutoReplies b, String first, boolean stripMarker, int maxSteps) {
        Deque<String> toB = new ArrayDeque<>();
        Deque<String> toA = new ArrayDeque<>();
        toB.add(first);
        int sent = 0;
        for (int step = 0; step < maxSteps && (!toA.isEmpty() || !toB.isEmpty()); step++) {
            clock.advance(Duration.ofSeconds(1));
            if (!toB.isEmpty()) {
                Optional<String> reply = b.replyTo(toB.poll(), false);
                if (reply.isPresent()) {
                    sent++;
                    toA.add(stripMarker ? reply.get().substring(AutoReplies.MARKER.length()) : reply.get());
                }
            }
            if (!toA.isEmpty()) {
                Optional<String> reply = a.replyTo(toA.poll(), false);
                if (reply.isPresent()) {
                    sent++;
                    toB.add(stripMarker ? reply.get().substring(AutoReplies.MARKER.length()) : reply.get());
                }
            }
            if (stripMarker && toA.isEmpty() && toB.isEmpty()) {
                toB.add(first);
            }
        }
        return sent;
    }

    @Test
    void aRemovedTriggerNoLongerAnswers() {
        AutoReplies replies = new AutoReplies(Map.of("bonjour", "Salut"), clock);
        assertThat(replies.remove("BONJOUR")).isEqualTo("Salut");
        assertThat(replies.replyTo("bonjour", false)).isEmpty();
    }

    @Test
    void theMarkerPassesTheProtocolTextRules() throws Exception {
        chat.core.text.TextRules.checkedBytes(AutoReplies.MARKER + "Salut à toi !", 100);
    }
}
