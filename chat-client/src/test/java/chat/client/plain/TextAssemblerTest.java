package chat.client.plain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAssemblerTest {

    @Test
    void completeLinesComeOutWithoutTheirEndings() {
        TextAssembler assembler = new TextAssembler();
        assertThat(assembler.add("one\r\ntwo\nthr")).containsExactly("one", "two");
        assertThat(assembler.hasPartial()).isTrue();
        assertThat(assembler.add("ee\n")).containsExactly("three");
        assertThat(assembler.flushPartial()).isNull();
    }

    @Test
    void textWithoutANewlineWaitsUntilFlushed() {
        TextAssembler assembler = new TextAssembler();
        assertThat(assembler.add("hello from python")).isEmpty();
        assertThat(assembler.flushPartial()).isEqualTo("hello from python");
        assertThat(assembler.hasPartial()).isFalse();
    }

    @Test
    void emptyLinesAreKept() {
        assertThat(new TextAssembler().add("\n\na\n")).containsExactly("", "", "a");
    }
}
