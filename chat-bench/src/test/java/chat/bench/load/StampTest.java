package chat.bench.load;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StampTest {

    @Test
    void readsBackTheSenderSequenceAndTimeItWrote() {
        byte[] text = Stamp.template(64);
        Stamp.write(text, 42, 1_234_567_890L, 9_876_543_210_123L);
        ByteBuffer buf = ByteBuffer.allocate(100).position(10);
        buf.put(text);
        assertThat(Stamp.sender(buf, 10, text.length)).isEqualTo(42);
        assertThat(Stamp.seq(buf, 10)).isEqualTo(1_234_567_890L);
        assertThat(Stamp.nanos(buf, 10)).isEqualTo(9_876_543_210_123L);
    }

    @Test
    void makesPrintableAsciiTextOfTheRequestedSize() {
        byte[] text = Stamp.template(200);
        Stamp.write(text, 1, 2, 3);
        assertThat(text).hasSize(200);
        for (byte b : text) {
            assertThat(b).isBetween((byte) 0x20, (byte) 0x7E);
        }
    }

    @Test
    void refusesATextTooShortForTheStamp() {
        assertThatThrownBy(() -> Stamp.template(Stamp.LENGTH - 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seesNoStampInATextTooShortOrNotDecimal() {
        ByteBuffer shortText = ByteBuffer.wrap("hello".getBytes());
        assertThat(Stamp.sender(shortText, 0, 5)).isEqualTo(-1);
        byte[] text = Stamp.template(64);
        text[0] = 'z';
        assertThat(Stamp.sender(ByteBuffer.wrap(text), 0, 64)).isEqualTo(-1);
    }
}
