package chat.core.image;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0 B",
            "1023, 1023 B",
            "1024, 1.0 KiB",
            "48213, 47.1 KiB",
            "16777216, 16.0 MiB",
            "1073741824, 1.0 GiB"})
    void formatsInBinaryUnitsWithOneDecimal(long bytes, String expected) {
        assertThat(ByteSize.format(bytes)).isEqualTo(expected);
    }
}
