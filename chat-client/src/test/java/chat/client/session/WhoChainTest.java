package chat.client.session;

import chat.core.frame.Frame;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WhoChainTest {
    private final WhoChain chain = new WhoChain();

    @Test
    void pagesAreFollowedToTheEndOfTheList() {
        assertThat(chain.start(true)).isTrue();
        assertThat(chain.page(page(0, 1200), 500)).isEqualTo(new WhoChain.Step(true, 500));
        assertThat(chain.page(page(500, 1200), 500)).isEqualTo(new WhoChain.Step(true, 1000));
        assertThat(chain.page(page(1000, 1200), 200)).isEqualTo(new WhoChain.Step(true, WhoChain.Step.DONE));
        assertThat(chain.start(false)).as("a new chain may start").isTrue();
    }

    @Test
    void aWhoTypedDuringASilentChainIsShownByAChainOfItsOwnAfterwards() {
        assertThat(chain.start(false)).isTrue();
        assertThat(chain.start(true)).as("no second WHO(0) while one runs").isFalse();
        assertThat(chain.page(page(0, 700), 500)).isEqualTo(new WhoChain.Step(false, 500));
        assertThat(chain.page(page(500, 700), 200)).isEqualTo(new WhoChain.Step(false, 0));
        assertThat(chain.page(page(0, 700), 500)).isEqualTo(new WhoChain.Step(true, 500));
        assertThat(chain.page(page(500, 700), 200)).isEqualTo(new WhoChain.Step(true, WhoChain.Step.DONE));
    }

    @Test
    void aPageThatIsNotTheOneExpectedIsIgnored() {
        chain.start(true);
        assertThat(chain.page(page(500, 1200), 500)).isNull();
        chain.reset();
        assertThat(chain.page(page(0, 1200), 500)).as("nothing runs after a reset").isNull();
    }

    private static Frame.Members page(int offset, int total) {
        return new Frame.Members(offset, total, List.of());
    }
}
