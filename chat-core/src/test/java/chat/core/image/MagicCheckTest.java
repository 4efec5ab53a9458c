package chat.core.image;

import chat.core.image.MagicCheck.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MagicCheckTest {

    @Test
    void matchesMagicSplitAcrossOneByteChunks() {
        MagicCheck check = new MagicCheck(ImageFormat.PNG);
        assertThat(check.feed(new byte[] {(byte) 0x89})).isEqualTo(Verdict.UNDECIDED);
        assertThat(check.feed(new byte[] {'P'})).isEqualTo(Verdict.UNDECIDED);
        assertThat(check.feed(new byte[] {'N'})).isEqualTo(Verdict.UNDECIDED);
        assertThat(check.feed(new byte[] {'G', 0x0D, 0x0A})).isEqualTo(Verdict.MATCH);
    }

    @Test
    void staysMatchedWhateverFollows() {
        MagicCheck check = new MagicCheck(ImageFormat.BMP);
        check.feed(new byte[] {'B', 'M', 1, 2});
        assertThat(check.feed(new byte[] {0, 0, 0})).isEqualTo(Verdict.MATCH);
        assertThat(check.finish()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void mismatchesOnTheFirstWrongByte() {
        MagicCheck check = new MagicCheck(ImageFormat.JPEG);
        assertThat(check.feed(new byte[] {(byte) 0xFF, 'x'})).isEqualTo(Verdict.MISMATCH);
        assertThat(check.feed(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aStreamShorterThanTheMagicDoesNotMatch() {
        MagicCheck check = new MagicCheck(ImageFormat.GIF);
        check.feed(new byte[] {'G', 'I', 'F'});
        assertThat(check.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(check.finish()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void feedsFromAnOffset() {
        MagicCheck check = new MagicCheck(ImageFormat.GIF);
        assertThat(check.feed(new byte[] {0, 'G', 'I', 'F', '8', 0}, 1, 4)).isEqualTo(Verdict.MATCH);
    }
}
