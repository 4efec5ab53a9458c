package chat.bench.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryCheckerTest {

    @Test
    void acceptsAnInOrderStreamWithNothingLost() {
        DeliveryChecker c = new DeliveryChecker();
        for (long s = 0; s < 1_000; s++) {
            assertThat(c.accept(s)).isTrue();
        }
        assertThat(c.accepted()).isEqualTo(1_000);
        assertThat(c.lost(1_000)).isZero();
        assertThat(c.duplicates()).isZero();
        assertThat(c.outOfOrder()).isZero();
    }

    @Test
    void countsARepeatedNumberAsADuplicate() {
        DeliveryChecker c = new DeliveryChecker();
        c.accept(0);
        c.accept(1);
        assertThat(c.accept(1)).isFalse();
        assertThat(c.accept(0)).isFalse();
        assertThat(c.duplicates()).isEqualTo(2);
        assertThat(c.accepted()).isEqualTo(2);
    }

    @Test
    void countsALateNumberAsOutOfOrderAndNotLost() {
        DeliveryChecker c = new DeliveryChecker();
        c.accept(0);
        c.accept(2);
        c.accept(3);
        assertThat(c.accept(1)).isTrue();
        assertThat(c.outOfOrder()).isEqualTo(1);
        assertThat(c.lost(4)).isZero();
        assertThat(c.duplicates()).isZero();
    }

    @Test
    void countsSkippedNumbersThatNeverArriveAsLost() {
        DeliveryChecker c = new DeliveryChecker();
        c.accept(0);
        c.accept(5);
        assertThat(c.lost(6)).isEqualTo(4);
    }

    @Test
    void countsTheUnreachedTailAsLost() {
        DeliveryChecker c = new DeliveryChecker();
        c.accept(0);
        c.accept(1);
        assertThat(c.lost(10)).isEqualTo(8);
    }

    @Test
    void countsALateNumberTwiceAsOneLateAndOneDuplicate() {
        DeliveryChecker c = new DeliveryChecker();
        c.accept(1);
        c.accept(0);
        c.accept(0);
        assertThat(c.outOfOrder()).isEqualTo(1);
        assertThat(c.duplicates()).isEqualTo(1);
        assertThat(c.lost(2)).isZero();
    }
}
