package chat.bench.resp;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RespParserTest {
    private static final String PUSH = "*3\r\n$7\r\nmessage\r\n$4\r\nroom\r\n$11\r\nhello world\r\n";

    private final RespParser parser = new RespParser(1 << 20);
    private final List<String> seen = new ArrayList<>();

    private void collect(RespReply r) {
        switch (r.kind()) {
            case ARRAY -> {
                StringBuilder sb = new StringBuilder("array");
                for (int i = 0; i < r.size(); i++) {
                    sb.append(' ').append(r.elementLength(i) < 0 ? String.valueOf(r.integerElement(i)) : r.text(i));
                }
                seen.add(sb.toString());
            }
            case INTEGER -> seen.add("int " + r.integer());
            case SIMPLE -> seen.add("simple " + r.text(0));
            case ERROR -> seen.add("error " + r.text(0));
            case BULK -> seen.add("bulk " + r.text(0));
        }
    }

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void parsesAPubSubMessagePush() throws RespException {
        RespParser.Handler h = r -> {
            assertThat(r.elementEquals(0, "message".getBytes(StandardCharsets.US_ASCII))).isTrue();
            collect(r);
        };
        assertThat(parser.parse(bytes(PUSH), h)).isEqualTo(1);
        assertThat(seen).containsExactly("array message room hello world");
    }

    @Test
    void parsesTheSubscribeConfirmationWithItsIntegerElement() throws RespException {
        parser.parse(bytes("*3\r\n$9\r\nsubscribe\r\n$4\r\nroom\r\n:1\r\n"), this::collect);
        assertThat(seen).containsExactly("array subscribe room 1");
    }

    @Test
    void parsesIntegersSimpleStringsErrorsAndBulkStrings() throws RespException {
        parser.parse(bytes(":42\r\n+OK\r\n-ERR wrong\r\n$3\r\nabc\r\n:-7\r\n"), this::collect);
        assertThat(seen).containsExactly("int 42", "simple OK", "error ERR wrong", "bulk abc", "int -7");
    }

    @Test
    void handsOverNothingUntilAValueIsCompleteWhereverTheBytesAreSplit() throws RespException {
        byte[] all = (PUSH + PUSH).getBytes(StandardCharsets.US_ASCII);
        for (int cut = 0; cut <= all.length; cut++) {
            seen.clear();
            ByteBuffer buf = ByteBuffer.allocate(all.length);
            buf.put(all, 0, cut).flip();
            parser.parse(buf, this::collect);
            int firstCount = seen.size();
            ByteBuffer rest = ByteBuffer.allocate(all.length);
            rest.put(buf).put(all, cut, all.length - cut).flip();
            parser.parse(rest, this::collect);
            assertThat(seen).as("cut at %d", cut).hasSize(2).allMatch(s -> s.equals("array message room hello world"));
            assertThat(firstCount).isLessThanOrEqualTo(cut >= PUSH.length() ? 2 : 0);
            assertThat(rest.hasRemaining()).isFalse();
        }
    }

    @Test
    void leavesAnIncompleteValueAtThePosition() throws RespException {
        ByteBuffer buf = bytes(":1\r\n$5\r\nab");
        assertThat(parser.parse(buf, this::collect)).isEqualTo(1);
        assertThat(buf.position()).isEqualTo(4);
    }

    @Test
    void rejectsAnUnknownTypeByte() {
        assertThatThrownBy(() -> parser.parse(bytes("?what\r\n"), this::collect)).isInstanceOf(RespException.class);
    }

    @Test
    void rejectsABulkStringLongerThanTheLimit() {
        RespParser small = new RespParser(10);
        assertThatThrownBy(() -> small.parse(bytes("$11\r\nhello world\r\n"), this::collect))
                .isInstanceOf(RespException.class);
    }

    @Test
    void readsANullBulkStringAsNull() throws RespException {
        parser.parse(bytes("$-1\r\n"), r -> {
            assertThat(r.kind()).isEqualTo(RespReply.Kind.BULK);
            assertThat(r.element(0)).isNull();
            seen.add("null");
        });
        assertThat(seen).containsExactly("null");
    }
}
