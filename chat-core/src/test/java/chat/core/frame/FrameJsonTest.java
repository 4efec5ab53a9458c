package chat.core.frame;

import chat.core.json.Json;
import chat.core.model.LeaveReason;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.core.model.NoticeEvent;
import chat.core.protocol.BadFrameException;
import chat.core.protocol.ErrorCode;
import chat.core.protocol.FrameType;
import chat.core.protocol.ProtocolLimits;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON bodies carry exactly the field names and values the protocol specifies. */
class FrameJsonTest {

    private static JsonNode bodyOf(Frame frame) throws IOException {
        ByteBuffer wire = FrameEncoder.encode(frame);
        wire.position(5);
        byte[] body = new byte[wire.remaining()];
        wire.get(body);
        return Json.mapper().readTree(body);
    }

    private static Frame parse(FrameType type, String json) throws Exception {
        return FrameParser.parse(type.code(), ByteBuffer.wrap(FrameSamples.utf8(json)));
    }

    static List<Frame> jsonFrames() {
        return FrameSamples.all().stream()
                .filter(f -> f instanceof Frame.Hello || f instanceof Frame.Welcome || f instanceof Frame.Notice
                        || f instanceof Frame.Error || f instanceof Frame.Who || f instanceof Frame.Members
                        || f instanceof Frame.ImageBegin)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("jsonFrames")
    void theFrameTypeIsNotSerialised(Frame frame) throws IOException {
        assertThat(bodyOf(frame).has("type")).isFalse();
    }

    @Test
    void anErrorHasCodeMessageAndFatal() throws IOException {
        JsonNode body = bodyOf(new Frame.Error(ErrorCode.FRAME_TOO_LARGE, "too big", true));

        assertThat(body.toString()).isEqualTo("{\"code\":\"frame_too_large\",\"message\":\"too big\",\"fatal\":true}");
    }

    @Test
    void aHelloHasProtocolNickPasswordAndClient() throws IOException {
        JsonNode body = bodyOf(new Frame.Hello(1, "alice", "pw", "chat-client/1.0"));

        assertThat(body.toString())
                .isEqualTo("{\"protocol\":1,\"nick\":\"alice\",\"password\":\"pw\",\"client\":\"chat-client/1.0\"}");
    }

    @Test
    void aHelloWithoutPasswordOmitsTheField() throws IOException {
        JsonNode body = bodyOf(new Frame.Hello(1, "alice", null, "c"));

        assertThat(body.has("password")).isFalse();
    }

    @Test
    void aWelcomeHasTheProtocolFieldsAndLimits() throws IOException {
        Member you = new Member(3, "alice", "10.0.0.1", MemberMode.FRAMED);
        JsonNode body = bodyOf(new Frame.Welcome(1, you, 2, List.of(FrameSamples.BOB), "", ProtocolLimits.DEFAULTS));

        assertThat(body.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("protocol", "you", "memberCount", "members", "motd", "limits");
        assertThat(body.get("you").toString())
                .isEqualTo("{\"id\":3,\"nick\":\"alice\",\"address\":\"10.0.0.1\",\"mode\":\"framed\"}");
        assertThat(body.get("memberCount").asInt()).isEqualTo(2);
        assertThat(body.get("motd").asText()).isEmpty();
        assertThat(body.get("limits").toString())
                .isEqualTo("{\"maxFrame\":1048576,\"maxText\":16384,\"maxImage\":16777216}");
    }

    @Test
    void aLineMemberHasModeLine() throws IOException {
        JsonNode body = bodyOf(Frame.Notice.join(FrameSamples.BOB));

        assertThat(body.get("member").get("mode").asText()).isEqualTo("line");
    }

    @Test
    void aLeaveNoticeHasLowercaseEventAndReason() throws IOException {
        JsonNode body = bodyOf(Frame.Notice.leave(FrameSamples.ALICE, LeaveReason.SLOW));

        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("event", "member", "reason");
        assertThat(body.get("event").asText()).isEqualTo("leave");
        assertThat(body.get("reason").asText()).isEqualTo("slow");
    }

    @Test
    void everyProtocolLeaveReasonIsWrittenInLowercase() throws IOException {
        for (LeaveReason reason : EnumSet.complementOf(EnumSet.of(LeaveReason.OTHER))) {
            JsonNode body = bodyOf(Frame.Notice.leave(FrameSamples.ALICE, reason));
            assertThat(body.get("reason").asText()).isEqualTo(reason.name().toLowerCase());
        }
    }

    @Test
    void everyProtocolNoticeEventIsWrittenInLowercase() throws IOException {
        for (NoticeEvent event : EnumSet.complementOf(EnumSet.of(NoticeEvent.UNKNOWN))) {
            Frame.Notice notice = new Frame.Notice(event, null, null, null, null, null, null, null, null, null);
            assertThat(bodyOf(notice).toString()).isEqualTo("{\"event\":\"" + event.name().toLowerCase() + "\"}");
        }
    }

    @Test
    void aNickNoticeCarriesThePreviousNick() throws IOException {
        JsonNode body = bodyOf(Frame.Notice.nick(FrameSamples.ALICE, "guest-7"));

        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("event", "member", "previousNick");
        assertThat(body.get("previousNick").asText()).isEqualTo("guest-7");
    }

    @Test
    void aPresenceNoticeHasListsAndCounts() throws IOException {
        JsonNode body = bodyOf(Frame.Notice.presence(List.of(FrameSamples.ALICE), List.of(), 37, 2, 412));

        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "event", "joined", "left", "joinedCount", "leftCount", "memberCount");
        assertThat(body.get("event").asText()).isEqualTo("presence");
        assertThat(body.get("joinedCount").asInt()).isEqualTo(37);
        assertThat(body.get("leftCount").asInt()).isEqualTo(2);
        assertThat(body.get("memberCount").asInt()).isEqualTo(412);
    }

    @Test
    void aShutdownNoticeHasOnlyEventAndText() throws IOException {
        assertThat(bodyOf(Frame.Notice.shutdown("bye")).toString())
                .isEqualTo("{\"event\":\"shutdown\",\"text\":\"bye\"}");
    }

    @Test
    void aWhoHasOffset() throws IOException {
        assertThat(bodyOf(new Frame.Who(100)).toString()).isEqualTo("{\"offset\":100}");
    }

    @Test
    void aMembersPageHasOffsetTotalAndMembers() throws IOException {
        JsonNode body = bodyOf(new Frame.Members(0, 1, List.of(FrameSamples.ALICE)));

        assertThat(body.toString()).isEqualTo("{\"offset\":0,\"total\":1,\"members\":"
                + "[{\"id\":7,\"nick\":\"alice\",\"address\":\"192.168.0.3\",\"mode\":\"framed\"}]}");
    }

    @Test
    void aClientImageBeginHasNoFromOrSender() throws IOException {
        JsonNode body = bodyOf(new Frame.ImageBegin(1, null, null, "chat.png", "image/png", 48_213, "ab"));

        assertThat(body.toString()).isEqualTo("{\"transfer\":1,\"name\":\"chat.png\",\"mime\":\"image/png\","
                + "\"size\":48213,\"sha256\":\"ab\"}");
    }

    @Test
    void aServerImageBeginHasFromAndSender() throws IOException {
        JsonNode body = bodyOf(new Frame.ImageBegin(9001, 7, FrameSamples.ALICE, "chat.png", "image/png", 1, "ab"));

        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "transfer", "from", "sender", "name", "mime", "size", "sha256");
        assertThat(body.get("from").asInt()).isEqualTo(7);
    }

    @Test
    void unknownJsonFieldsAreIgnored() throws Exception {
        Frame frame = parse(FrameType.ERROR,
                "{\"code\":\"bad_nick\",\"extra\":{\"nested\":[1,2]},\"message\":\"m\",\"fatal\":false,\"v2\":true}");

        assertThat(frame).isEqualTo(new Frame.Error(ErrorCode.BAD_NICK, "m", false));
    }

    @Test
    void unknownFieldsInsideAMemberAreIgnored() throws Exception {
        Frame frame = parse(FrameType.NOTICE, "{\"event\":\"join\",\"member\":{\"id\":7,\"nick\":\"alice\","
                + "\"address\":\"192.168.0.3\",\"mode\":\"framed\",\"avatar\":\"x\"}}");

        assertThat(frame).isEqualTo(Frame.Notice.join(FrameSamples.ALICE));
    }

    @Test
    void anUnknownNoticeEventBecomesUnknown() throws Exception {
        Frame frame = parse(FrameType.NOTICE, "{\"event\":\"typing\",\"text\":\"x\"}");

        assertThat(((Frame.Notice) frame).event()).isEqualTo(NoticeEvent.UNKNOWN);
    }

    @Test
    void anUnknownLeaveReasonBecomesOther() throws Exception {
        Frame frame = parse(FrameType.NOTICE, "{\"event\":\"leave\",\"member\":{\"id\":7,\"nick\":\"alice\","
                + "\"address\":\"192.168.0.3\",\"mode\":\"framed\"},\"reason\":\"kicked\"}");

        assertThat(((Frame.Notice) frame).reason()).isEqualTo(LeaveReason.OTHER);
    }

    @Test
    void anUnknownErrorCodeIsKeptAsWrittenButIsNotAKnownCode() throws Exception {
        Frame.Error error = (Frame.Error) parse(FrameType.ERROR, "{\"code\":\"new_code\",\"message\":\"m\",\"fatal\":true}");

        assertThat(error.code()).isEqualTo("new_code");
        assertThat(error.knownCode()).isNull();
        assertThat(error.fatal()).isTrue();
    }

    @Test
    void aKnownErrorCodeIsRecognised() throws Exception {
        Frame.Error error = (Frame.Error) parse(FrameType.ERROR, "{\"code\":\"nick_taken\",\"message\":\"m\",\"fatal\":false}");

        assertThat(error.knownCode()).isEqualTo(ErrorCode.NICK_TAKEN);
    }

    @Test
    void aWelcomeFromAnotherServerParses() throws Exception {
        Frame frame = parse(FrameType.WELCOME, "{\"protocol\":1,\"you\":{\"id\":1,\"nick\":\"a\",\"address\":\"::1\","
                + "\"mode\":\"line\"},\"memberCount\":1,\"members\":[],\"motd\":\"\","
                + "\"limits\":{\"maxFrame\":1048576,\"maxText\":16384,\"maxImage\":16777216},\"serverName\":\"x\"}");

        Frame.Welcome welcome = (Frame.Welcome) frame;
        assertThat(welcome.you().mode()).isEqualTo(MemberMode.LINE);
        assertThat(welcome.limits()).isEqualTo(ProtocolLimits.DEFAULTS);
        assertThat(welcome.members()).isEmpty();
    }

    @Test
    void aWelcomeWithImpossibleLimitsIsABadFrame() {
        assertThatThrownBy(() -> parse(FrameType.WELCOME, "{\"protocol\":1,\"limits\":{\"maxFrame\":0,"
                + "\"maxText\":1,\"maxImage\":1}}"))
                .isInstanceOf(BadFrameException.class);
    }

    @Test
    void aNullForAPrimitiveIsABadFrame() {
        assertThatThrownBy(() -> parse(FrameType.ERROR, "{\"code\":\"x\",\"message\":\"m\",\"fatal\":null}"))
                .isInstanceOf(BadFrameException.class);
    }

    @Test
    void aLoneSurrogateReceivedInJsonIsReencodedAsValidUtf8ThatParsesTheSame() throws Exception {
        Frame begin = parse(FrameType.IMAGE_BEGIN, "{\"transfer\":1,\"name\":\"x\\ud800y\",\"mime\":\"image/png\","
                + "\"size\":3,\"sha256\":\"ab\"}");
        ByteBuffer wire = FrameEncoder.encode(begin);

        assertThat(chat.core.text.TextRules.find(wire.duplicate().position(5), Integer.MAX_VALUE))
                .as("the relayed body is valid UTF-8").isNull();
        assertThat(FrameParser.parse(FrameType.IMAGE_BEGIN.code(), wire.position(5))).isEqualTo(begin);
    }

    @Test
    void aSurrogateEncodedDirectlyInUtf8IsABadFrame() {
        byte[] body = {'{', '"', 'e', 'v', 'e', 'n', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};

        assertThatThrownBy(() -> FrameParser.parse(FrameType.NOTICE.code(), ByteBuffer.wrap(body)))
                .isInstanceOf(BadFrameException.class);
    }
}
