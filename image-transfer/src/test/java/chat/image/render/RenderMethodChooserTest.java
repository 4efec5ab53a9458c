package chat.image.render;

import org.jline.terminal.impl.TerminalGraphics.Protocol;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RenderMethodChooserTest {
    private static final Map<String, String> PLAIN = Map.of();

    @Test
    void autoUsesTheBestProtocolJLineDetected() {
        assertThat(RenderMethodChooser.choose(ImageMode.AUTO, "xterm-kitty", PLAIN, Optional.of(Protocol.KITTY)))
                .isEqualTo(RenderMethod.KITTY);
        assertThat(RenderMethodChooser.choose(ImageMode.AUTO, "xterm-256color", PLAIN, Optional.of(Protocol.ITERM2)))
                .isEqualTo(RenderMethod.ITERM);
        assertThat(RenderMethodChooser.choose(ImageMode.AUTO, "foot", PLAIN, Optional.of(Protocol.SIXEL)))
                .isEqualTo(RenderMethod.SIXEL);
    }

    @Test
    void autoFallsBackToHalfBlocks() {
        assertThat(RenderMethodChooser.choose(ImageMode.AUTO, "xterm-256color", PLAIN, Optional.empty()))
                .isEqualTo(RenderMethod.BLOCKS);
    }

    @Test
    void autoUsesHalfBlocksInsideTmux() {
        assertThat(RenderMethodChooser.choose(ImageMode.AUTO, "tmux-256color", Map.of("TMUX", "/tmp/tmux-0/default"),
                Optional.of(Protocol.KITTY))).isEqualTo(RenderMethod.BLOCKS);
        assertThat(RenderMethodChooser.choose(ImageMode.AUTO, "screen-256color", PLAIN, Optional.of(Protocol.SIXEL)))
                .isEqualTo(RenderMethod.BLOCKS);
    }

    @Test
    void aDumbTerminalGetsADescriptionWhateverTheMode() {
        for (ImageMode mode : new ImageMode[] {ImageMode.AUTO, ImageMode.KITTY, ImageMode.BLOCKS}) {
            assertThat(RenderMethodChooser.choose(mode, "dumb", PLAIN, Optional.of(Protocol.KITTY)))
                    .isEqualTo(RenderMethod.DESCRIPTION);
        }
    }

    @Test
    void anExplicitModeOverridesDetection() {
        assertThat(RenderMethodChooser.choose(ImageMode.SIXEL, "xterm", PLAIN, Optional.empty()))
                .isEqualTo(RenderMethod.SIXEL);
        assertThat(RenderMethodChooser.choose(ImageMode.BLOCKS, "xterm-kitty", PLAIN, Optional.of(Protocol.KITTY)))
                .isEqualTo(RenderMethod.BLOCKS);
        assertThat(RenderMethodChooser.choose(ImageMode.OFF, "xterm", PLAIN, Optional.empty()))
                .isEqualTo(RenderMethod.NONE);
    }

    @Test
    void parsesTheImagesOption() {
        assertThat(ImageMode.parse("iterm2")).isEqualTo(ImageMode.ITERM);
        assertThat(ImageMode.parse(" Blocks ")).isEqualTo(ImageMode.BLOCKS);
    }

    @Test
    void readsTheColourDepthFromColorterm() {
        assertThat(ColorDepth.fromEnvironment(Map.of("COLORTERM", "truecolor"))).isEqualTo(ColorDepth.TRUECOLOR);
        assertThat(ColorDepth.fromEnvironment(Map.of("COLORTERM", "24bit"))).isEqualTo(ColorDepth.TRUECOLOR);
        assertThat(ColorDepth.fromEnvironment(PLAIN)).isEqualTo(ColorDepth.XTERM_256);
    }
}
