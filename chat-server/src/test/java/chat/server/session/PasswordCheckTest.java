package chat.server.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordCheckTest {
    private static final String HOME = "192.168.0.3";
    private static final String OTHER = "192.168.0.4";

    private final PasswordCheck check = new PasswordCheck("sésame");

    @Test
    void acceptsAnythingWhenTheServerHasNoPassword() {
        PasswordCheck open = new PasswordCheck(null);
        assertThat(open.required()).isFalse();
        assertThat(open.refusal(null, HOME, 0)).isNull();
    }

    @Test
    void acceptsTheRightPasswordAndRefusesAWrongOrMissingOne() {
        assertThat(check.refusal("sésame", HOME, 0)).isNull();
        assertThat(check.refusal("sesame", HOME, 0)).isEqualTo("wrong or missing password");
        assertThat(check.refusal(null, HOME, 0)).isEqualTo("wrong or missing password");
    }

    @Test
    void anAddressThatKeepsGuessingMustWaitLongerAndLongerEvenWithTheRightPassword() {
        for (int i = 0; i < PasswordCheck.FREE_ATTEMPTS; i++) {
            assertThat(check.refusal("guess" + i, HOME, 0)).isEqualTo("wrong or missing password");
        }
        assertThat(check.refusal("sésame", HOME, 500)).startsWith("too many wrong passwords from " + HOME)
                .endsWith("try again in 1 s");
        assertThat(check.refusal("guess", HOME, 1_000)).isEqualTo("wrong or missing password");
        assertThat(check.refusal("sésame", HOME, 2_500)).endsWith("try again in 1 s");
        assertThat(check.refusal("sésame", HOME, 3_000)).isNull();
    }

    @Test
    void theWaitIsCappedAtAMinute() {
        long now = 0;
        for (int i = 0; i < 30; i++) {
            check.refusal("guess", HOME, now);
            now += 61_000;
        }
        check.refusal("guess", HOME, now);
        assertThat(check.refusal("sésame", HOME, now + 1)).endsWith("try again in 60 s");
    }

    @Test
    void otherAddressesAreNotSlowedDown() {
        for (int i = 0; i < 10; i++) {
            check.refusal("guess", HOME, 0);
        }
        assertThat(check.refusal("sésame", OTHER, 0)).isNull();
    }
}
