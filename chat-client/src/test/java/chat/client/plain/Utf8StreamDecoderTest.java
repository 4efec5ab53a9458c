package chat.client.plain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8StreamDecoderTest {

    @Test
    void aCharacterSplitAcrossReadsIsDecodedWhole() {
        byte[] bytes = "é€😀".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            Utf8StreamDecoder decoder = new Utf8StreamDecoder();
            String text = decoder.decode(bytes, 0, cut) + decoder.decode(bytes, cut, bytes.length - cut);
            assertThat(text).as("cut at %d", cut).isEqualTo("é€😀");
            assertThat(decoder.pending()).isZero();
        }
    }

    @Test
    void oneByteAtATimeStillGivesTheText() {
        byte[] bytes = "Ça marche, très bien ✓".getBytes(StandardCharsets.UTF_8);
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            text.append(decoder.decode(bytes, i, 1));
        }
        assertThat(text).hasToString("Ça marche, très bien ✓");
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() {
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();
        byte[] bytes = {'a', (byte) 0xFF, 'b'};
        assertThat(decoder.decode(bytes, 0, bytes.length)).isEqualTo("a\uFFFDb");
    }

    @Test
    void anUnfinishedCharacterAtTheEndBecomesAReplacementCharacter() {
        Utf8StreamDecoder decoder = new Utf8StreamDecoder();
        byte[] bytes = "x€".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(bytes, 0, 2)).isEqualTo("x");
        assertThat(decoder.pending()).isEqualTo(1);
        assertThat(decoder.finish()).isEqualTo("\uFFFD");
    }
}
