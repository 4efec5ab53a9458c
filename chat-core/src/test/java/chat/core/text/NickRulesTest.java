package chat.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Nicks: 1..32 letters, digits, '_', '-' and '.', unique ignoring case. */
class NickRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Élodie", "a.b-c_d", "guest-7", "x", "42", "日本", "Ωmega", "ñandú",
            "abcdefghijklmnopqrstuvwxyz012345"})
    void validNicksAreAccepted(String nick) {
        assertThat(NickRules.isValid(nick)).isTrue();
    }

    @Test
    void aNickOf32CharactersIsAccepted() {
        assertThat(NickRules.isValid("é".repeat(32))).isTrue();
    }

    @Test
    void aNickOf32SupplementaryLettersIsAcceptedBecauseCharactersAreCodePoints() {
        assertThat(NickRules.isValid("\uD835\uDC00".repeat(32))).isTrue(); // U+1D400 MATHEMATICAL BOLD CAPITAL A
    }

    @Test
    void aNickOf33CharactersIsRefused() {
        assertThat(NickRules.isValid("a".repeat(33))).isFalse();
    }

    @Test
    void anEmptyOrMissingNickIsRefused() {
        assertThat(NickRules.isValid("")).isFalse();
        assertThat(NickRules.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"al ice", " alice", "alice ", "a/b", "/nick", "alice👋", "😀", "a\tb", "a\nb",
            "a\u001Bb", "a\u0000", "a\u0085b", "a@b", "a:b", "a,b", "a\u202Eb", "a\u200Bb", "a\uD800b"})
    void nicksWithOtherCharactersAreRefused(String nick) {
        assertThat(NickRules.isValid(nick)).isFalse();
    }

    @Test
    void nicksDifferingOnlyInCaseShareAKey() {
        assertThat(NickRules.key("Alice")).isEqualTo(NickRules.key("aLICE"));
        assertThat(NickRules.key("ÉLODIE")).isEqualTo(NickRules.key("élodie"));
    }

    @Test
    void differentNicksHaveDifferentKeys() {
        assertThat(NickRules.key("alice")).isNotEqualTo(NickRules.key("alice2"));
        assertThat(NickRules.key("elodie")).isNotEqualTo(NickRules.key("élodie"));
    }

    @Test
    void greekSigmaInAnyOfItsFormsSharesOneKey() {
        assertThat(NickRules.key("ΣΟΦΙΑ")).isEqualTo(NickRules.key("σοφια"));
        assertThat(NickRules.key("οδυσσευς")).isEqualTo(NickRules.key("ΟΔΥΣΣΕΥΣ"));
    }

    @Test
    void theLongSAndTheKelvinSignShareTheKeyOfTheirAsciiLetters() {
        assertThat(NickRules.key("\u017Fam")).isEqualTo(NickRules.key("sam"));
        assertThat(NickRules.key("\u212Aim")).isEqualTo(NickRules.key("kim"));
    }

    @Test
    void nicksEqualIgnoringCaseAlwaysShareAKey() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            int cp = random.nextInt(0x3000);
            if (!Character.isLetter(cp)) {
                continue;
            }
            String nick = new String(Character.toChars(cp));
            for (String variant : new String[] {nick.toUpperCase(), nick.toLowerCase(),
                    new String(Character.toChars(Character.toUpperCase(cp))),
                    new String(Character.toChars(Character.toLowerCase(cp))),
                    new String(Character.toChars(Character.toTitleCase(cp)))}) {
                if (variant.equalsIgnoreCase(nick)) {
                    assertThat(NickRules.key(variant)).as("U+%04X vs %s", cp, variant).isEqualTo(NickRules.key(nick));
                }
            }
        }
    }

    @Test
    void aKeyHasAsManyCharactersAsItsNick() {
        assertThat(NickRules.key("İstanbul")).hasSize("İstanbul".length());
    }

    @Test
    void aGuestNickIsGuestDashId() {
        assertThat(NickRules.guest(7)).isEqualTo("guest-7");
        assertThat(NickRules.isValid(NickRules.guest(Integer.MAX_VALUE))).isTrue();
    }

    @Test
    void aShortBaseGetsTheSuffixAppended() {
        assertThat(NickRules.withSuffix("alice", 2)).isEqualTo("alice-2");
    }

    @Test
    void aFullLengthBaseIsCutSoTheResultIs32Characters() {
        String base = "abcdefghijklmnopqrstuvwxyz012345";

        String nick = NickRules.withSuffix(base, 10);

        assertThat(nick).isEqualTo("abcdefghijklmnopqrstuvwxyz012-10").hasSize(32);
        assertThat(NickRules.isValid(nick)).isTrue();
    }

    @Test
    void aBaseThatJustFitsIsNotCut() {
        assertThat(NickRules.withSuffix("a".repeat(30), 2)).isEqualTo("a".repeat(30) + "-2");
    }

    @Test
    void theCutNeverSplitsASupplementaryCharacter() {
        String base = "\uD835\uDC00".repeat(32);

        String nick = NickRules.withSuffix(base, 3);

        assertThat(nick.codePointCount(0, nick.length())).isEqualTo(32);
        assertThat(NickRules.isValid(nick)).isTrue();
    }

    @Test
    void everySuffixedCandidateOfAValidNickIsValid() {
        for (int n = 2; n < 2000; n += 7) {
            assertThat(NickRules.isValid(NickRules.withSuffix("é".repeat(32), n))).as("n=%d", n).isTrue();
        }
    }
}
