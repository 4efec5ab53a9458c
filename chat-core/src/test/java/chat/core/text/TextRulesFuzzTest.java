package chat.core.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.ByteBuffer;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test of the text validator against the JDK's strict UTF-8 decoder.
 *
 * <p>A normal {@code mvn verify} runs it on the seed inputs in
 * {@code src/test/resources/chat/core/text/TextRulesFuzzTestInputs/<method>} only. To fuzz for real:
 * <pre>JAZZER_FUZZ=1 ./mvnw -pl chat-core test -Dtest=TextRulesFuzzTest#findAgreesWithTheJdkDecoder</pre>
 */
class TextRulesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void findAgreesWithTheJdkDecoder(FuzzedDataProvider data) {
        int maxText = data.consumeInt(1, 4096);
        byte[] bytes = data.consumeRemainingAsBytes();

        assertThat(Utf8Oracle.disagreement(bytes, maxText)).as(HexFormat.of().formatHex(bytes)).isNull();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        TextRules.find(buffer, maxText);
        assertThat(buffer.position()).isZero();
    }
}
