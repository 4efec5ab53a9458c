package chat.core.frame;

import chat.core.protocol.BadFrameException;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.UnknownFrameTypeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FrameParser turns bodies into frames and malformed bodies into typed, non-fatal errors. */
class FrameParserTest {

    private static Frame parse(int type, byte[] body) throws Exception {
        return FrameParser.parse(type, ByteBuffer.wrap(body));
    }

    private static Frame parse(int type, int... body) throws Exception {
        byte[] bytes = new byte[body.length];
        for (int i = 0; i < body.length; i++) {
            bytes[i] = (byte) body[i];
        }
        return parse(type, bytes);
    }

    private static Frame parse(FrameType type, String body) throws Exception {
        return FrameParser.parse(type.code(), ByteBuffer.wrap(FrameSamples.utf8(body)));
    }

    private static void assertNonFatalBadFrame(Throwable e) {
        assertThat(e).isInstanceOf(BadFrameException.class);
        BadFrameException bad = (BadFrameException) e;
        assertThat(bad.fatal()).isFalse();
        assertThat(bad.code()).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aWhisperShorterThanItsRecipientIdIsANonFatalBadFrame(int length) {
        assertThatThrownBy(() -> parse(0x11, new byte[length])).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void aWhisperWithOnlyARecipientIdHasEmptyText() throws Exception {
        assertThat(parse(0x11, 0, 0, 0, 9)).isEqualTo(new Frame.Whisper(9, ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 4, 11, 12, 13, 14})
    void aMessageCutInsideItsFixedHeaderIsANonFatalBadFrame(int length) {
        assertThatThrownBy(() -> parse(0x12, new byte[length])).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void aMessageWhoseNickLengthRunsPastTheBodyIsANonFatalBadFrame() {
        ByteBuffer body = ByteBuffer.allocate(4 + 8 + 1 + 1 + 2).putInt(1).putLong(0).put((byte) 0).put((byte) 200)
                .put((byte) 'a').put((byte) 'b');

        assertThatThrownBy(() -> parse(0x12, body.array())).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void aMessageWithoutItsAddressLengthIsANonFatalBadFrame() {
        ByteBuffer body = ByteBuffer.allocate(4 + 8 + 1 + 1 + 1).putInt(1).putLong(0).put((byte) 0).put((byte) 1)
                .put((byte) 'a');

        assertThatThrownBy(() -> parse(0x12, body.array())).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void aMessageWhoseAddressRunsPastTheBodyIsANonFatalBadFrame() {
        ByteBuffer body = ByteBuffer.allocate(4 + 8 + 1 + 1 + 1 + 1 + 3).putInt(1).putLong(0).put((byte) 0)
                .put((byte) 1).put((byte) 'a').put((byte) 9).put("::1".getBytes());

        assertThatThrownBy(() -> parse(0x12, body.array())).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x21, 0x22, 0x23})
    void anImageFrameShorterThanItsTransferIdIsANonFatalBadFrame(int type) {
        for (int length = 0; length < 4; length++) {
            byte[] body = new byte[length];
            assertThatThrownBy(() -> parse(type, body)).satisfies(FrameParserTest::assertNonFatalBadFrame);
        }
    }

    @Test
    void aTransferIdIsUnsigned() throws Exception {
        assertThat(parse(0x22, -1, -1, -1, -2)).isEqualTo(new Frame.ImageEnd(0xFFFF_FFFEL));
    }

    @ParameterizedTest
    @EnumSource(value = FrameType.class, names = {"HELLO", "WELCOME", "NOTICE", "ERROR", "MEMBERS", "IMAGE_BEGIN", "WHO"})
    void badJsonIsANonFatalBadFrame(FrameType type) {
        for (String body : new String[] {"{", "not json", "{\"a\":}", "[1,2]", "\"text\"", "{\"a\":1,}",
                "\u0000\u0001"}) {
            assertThatThrownBy(() -> parse(type, body)).as(body).satisfies(FrameParserTest::assertNonFatalBadFrame);
        }
    }

    @ParameterizedTest
    @EnumSource(value = FrameType.class, names = {"HELLO", "WELCOME", "NOTICE", "ERROR", "MEMBERS", "IMAGE_BEGIN"})
    void aJsonNullOrEmptyBodyIsANonFatalBadFrame(FrameType type) {
        assertThatThrownBy(() -> parse(type, "null")).satisfies(FrameParserTest::assertNonFatalBadFrame);
        assertThatThrownBy(() -> parse(type, "")).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void invalidUtf8InsideJsonIsANonFatalBadFrame() {
        byte[] body = {'{', '"', 'n', 'i', 'c', 'k', '"', ':', '"', (byte) 0xC3, '"', '}'};

        assertThatThrownBy(() -> FrameParser.parse(0x01, ByteBuffer.wrap(body)))
                .satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void deeplyNestedJsonIsANonFatalBadFrame() {
        String body = "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> parse(FrameType.HELLO, body)).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x0B, 0x0F, 0x13, 0x24, 0x7F, 0xFF})
    void anUnknownTypeCodeIsANonFatalUnknownFrameType(int type) {
        assertThatThrownBy(() -> parse(type, 1, 2, 3))
                .isInstanceOfSatisfying(UnknownFrameTypeException.class, e -> {
                    assertThat(e.fatal()).isFalse();
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
                });
    }

    @Test
    void aPingOf64BytesIsAccepted() throws Exception {
        assertThat(parse(0x05, new byte[64])).isEqualTo(new Frame.Ping(new byte[64]));
    }

    @Test
    void aPingOver64BytesIsANonFatalBadFrame() {
        assertThatThrownBy(() -> parse(0x05, new byte[65])).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void aPongOver64BytesIsANonFatalBadFrame() {
        assertThatThrownBy(() -> parse(0x06, new byte[65])).satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void aWhoWithATextOffsetIsANonFatalBadFrame() {
        assertThatThrownBy(() -> parse(FrameType.WHO, "{\"offset\":\"x\"}"))
                .satisfies(FrameParserTest::assertNonFatalBadFrame);
    }

    @Test
    void aWhoWithAnEmptyBodyAsksFromOffsetZero() throws Exception {
        assertThat(parse(0x09)).isEqualTo(new Frame.Who(0));
    }

    @Test
    void aWhoWithoutAnOffsetFieldAsksFromOffsetZero() throws Exception {
        assertThat(parse(FrameType.WHO, "{}")).isEqualTo(new Frame.Who(0));
    }

    @Test
    void aByeIgnoresItsBody() throws Exception {
        assertThat(parse(0x08, 1, 2)).isEqualTo(new Frame.Bye());
    }

    @Test
    void jsonIsReadFromTheBodyOnlyWhenItIsASliceOfALargerBuffer() throws Exception {
        byte[] wire = FrameSamples.utf8("xx{\"offset\":42}yy");
        ByteBuffer body = ByteBuffer.wrap(wire).slice(2, wire.length - 4);

        assertThat(FrameParser.parse(0x09, body)).isEqualTo(new Frame.Who(42));
    }

    @Test
    void jsonIsReadFromADirectBuffer() throws Exception {
        byte[] json = FrameSamples.utf8("{\"offset\":7}");
        ByteBuffer body = ByteBuffer.allocateDirect(json.length).put(json).flip();

        assertThat(FrameParser.parse(0x09, body)).isEqualTo(new Frame.Who(7));
    }

    @Test
    void anImageChunkKeepsEveryByteAfterTheTransferId() throws Exception {
        assertThat(parse(0x21, 0, 0, 0, 5, 1, 2, 3)).isEqualTo(new Frame.ImageChunk(5, new byte[] {1, 2, 3}));
    }

    @Test
    void anImageAbortCarriesItsReason() throws Exception {
        byte[] body = ByteBuffer.allocate(4 + 5).putInt(3).put("raté".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .array();

        assertThat(parse(0x23, body)).isEqualTo(new Frame.ImageAbort(3, "raté"));
    }
}
