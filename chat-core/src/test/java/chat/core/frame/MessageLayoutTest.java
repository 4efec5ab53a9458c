package chat.core.frame;

import chat.core.protocol.Protocol;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MESSAGE and the other binary bodies are laid out byte for byte as the protocol says. */
class MessageLayoutTest {

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }

    @Test
    void aMessageIsLaidOutFieldByFieldInNetworkOrder() {
        Frame.Message message = new Frame.Message(0x01020304, 0x0A0B0C0D0E0F1011L, true, "Él", "::1", "hi");

        byte[] wire = bytes(FrameEncoder.encode(message));

        byte[] expected = {
                0, 0, 0, 24,                     // length: type + 4 + 8 + 1 + 1 + 3 + 1 + 3 + 2
                0x12,                            // MESSAGE
                1, 2, 3, 4,                      // u32 sender id
                0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, // u64 server time
                0x01,                            // flags: private
                3, (byte) 0xC3, (byte) 0x89, 'l', // u8 nick length, nick in UTF-8
                3, ':', ':', '1',                // u8 address length, address
                'h', 'i'};                       // text
        assertThat(wire).containsExactly(expected);
    }

    @Test
    void aPublicMessageHasFlagsZero() {
        byte[] wire = bytes(FrameEncoder.encode(new Frame.Message(1, 0, false, "a", "b", "c")));

        assertThat(wire[4 + 1 + 4 + 8]).isZero();
    }

    @Test
    void writeMessageWritesTheSameBytesAsEncode() {
        Frame.Message message = new Frame.Message(42, 1_700_000_000_000L, true, "Élodie", "192.168.0.3",
                "salut 👋\nça va ?");
        byte[] nick = message.nick().getBytes(StandardCharsets.UTF_8);
        byte[] address = message.address().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer text = ByteBuffer.wrap(message.text().getBytes(StandardCharsets.UTF_8));
        int total = FrameEncoder.messageFrameLength(nick.length, address.length, text.remaining());
        ByteBuffer out = ByteBuffer.allocate(total);

        FrameEncoder.writeMessage(out, 42, 1_700_000_000_000L, Protocol.FLAG_PRIVATE, nick, address, text);

        assertThat(out.position()).isEqualTo(total);
        assertThat(out.array()).containsExactly(bytes(FrameEncoder.encode(message)));
    }

    @Test
    void writeMessageLeavesTheTextBufferUnmoved() {
        ByteBuffer text = ByteBuffer.wrap("xxhello".getBytes(StandardCharsets.US_ASCII)).position(2);
        ByteBuffer out = ByteBuffer.allocate(FrameEncoder.messageFrameLength(1, 1, 5));

        FrameEncoder.writeMessage(out, 1, 2, 0, new byte[] {'a'}, new byte[] {'b'}, text);

        assertThat(text.position()).isEqualTo(2);
        assertThat(out.hasRemaining()).isFalse();
    }

    @Test
    void writeMessageRefusesANickLongerThan255Bytes() {
        ByteBuffer out = ByteBuffer.allocate(1024);

        assertThatThrownBy(() -> FrameEncoder.writeMessage(out, 1, 2, 0, new byte[256], new byte[0],
                ByteBuffer.allocate(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWhisperIsTheRecipientIdThenTheText() {
        byte[] wire = bytes(FrameEncoder.encode(new Frame.Whisper(0x0102_0304, "é")));

        assertThat(wire).containsExactly(0, 0, 0, 7, 0x11, 1, 2, 3, 4, (byte) 0xC3, (byte) 0xA9);
    }

    @Test
    void anImageChunkIsTheTransferIdThenTheData() {
        byte[] wire = bytes(FrameEncoder.encode(new Frame.ImageChunk(0xFFFF_FFFEL, new byte[] {9})));

        assertThat(wire).containsExactly(0, 0, 0, 6, 0x21, -1, -1, -1, -2, 9);
    }

    @Test
    void anImageEndIsOnlyTheTransferId() {
        assertThat(bytes(FrameEncoder.encode(new Frame.ImageEnd(7)))).containsExactly(0, 0, 0, 5, 0x22, 0, 0, 0, 7);
    }

    @Test
    void aByeIsOnlyItsTypeByte() {
        assertThat(bytes(FrameEncoder.encode(new Frame.Bye()))).containsExactly(0, 0, 0, 1, 0x08);
    }

    @Test
    void aNickIsItsUtf8Bytes() {
        assertThat(bytes(FrameEncoder.encode(new Frame.Nick("Él"))))
                .containsExactly(0, 0, 0, 4, 0x07, (byte) 0xC3, (byte) 0x89, 'l');
    }

    @Test
    void aPingBodyIsCopiedVerbatimAndItsPongAnswersIt() {
        byte[] body = {1, 2, 3};

        assertThat(bytes(FrameEncoder.encode(new Frame.Ping(body)))).containsExactly(0, 0, 0, 4, 0x05, 1, 2, 3);
        assertThat(bytes(FrameEncoder.encode(new Frame.Pong(body)))).containsExactly(0, 0, 0, 4, 0x06, 1, 2, 3);
    }
}
