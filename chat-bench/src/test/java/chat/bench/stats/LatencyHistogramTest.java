package chat.bench.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyHistogramTest {

    @Test
    void reportsPercentilesOfAUniformSpreadWithinTwoPercent() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++) {
            h.record(v * 1_000);
        }
        assertThat((double) h.percentile(50)).isCloseTo(50_000_000, within(50_000_000 * 0.02));
        assertThat((double) h.percentile(99)).isCloseTo(99_000_000, within(99_000_000 * 0.02));
        assertThat((double) h.percentile(99.9)).isCloseTo(99_900_000, within(99_900_000 * 0.02));
        assertThat(h.max()).isEqualTo(100_000_000);
        assertThat(h.count()).isEqualTo(100_000);
    }

    @Test
    void countsSmallValuesExactly() {
        LatencyHistogram h = new LatencyHistogram();
        for (int v = 0; v < 100; v++) {
            h.record(v);
        }
        assertThat(h.percentile(50)).isEqualTo(49);
        assertThat(h.percentile(100)).isEqualTo(99);
        assertThat(h.min()).isZero();
    }

    @Test
    void seesASingleOutlierAtTheTopPercentileOnly() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 999; i++) {
            h.record(1_000);
        }
        h.record(5_000_000_000L);
        assertThat((double) h.percentile(99)).isCloseTo(1_000, within(20.0));
        assertThat(h.percentile(99.95)).isEqualTo(5_000_000_000L);
        assertThat(h.max()).isEqualTo(5_000_000_000L);
    }

    @Test
    void reportsZeroWhenEmpty() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.percentile(50)).isZero();
        assertThat(h.max()).isZero();
        assertThat(h.min()).isZero();
    }

    @Test
    void mergesTheCountsOfAnotherHistogram() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        for (int i = 0; i < 50; i++) {
            a.record(10);
            b.record(1_000_000);
        }
        a.add(b);
        assertThat(a.count()).isEqualTo(100);
        assertThat(a.percentile(50)).isEqualTo(10);
        assertThat((double) a.percentile(51)).isCloseTo(1_000_000, within(20_000.0));
        assertThat(a.max()).isEqualTo(1_000_000);
    }

    @Test
    void neverReportsMoreThanTheMaximumNorLessThanTheMinimum() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(123_457);
        assertThat(h.percentile(50)).isEqualTo(123_457);
        assertThat(h.percentile(100)).isEqualTo(123_457);
    }
}
