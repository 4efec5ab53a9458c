package chat.client.console;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** While a command has the terminal to itself, the console holds what it is asked to print. */
class ChatConsoleHoldTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private Terminal terminal;

    @AfterEach
    void close() throws IOException {
        terminal.close();
    }

    @Test
    void linesPrintedWhileHeldAppearInOrderOnRelease() throws IOException {
        terminal = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
                .streams(new ByteArrayInputStream(new byte[0]), screen).build();
        ChatConsole console = new ChatConsole(terminal, null, List::of, "alice");

        console.hold();
        console.print(new AttributedString("first while driving"));
        console.printRaw("second while driving\n");
        terminal.writer().println("the driving screen");
        terminal.flush();
        await().atMost(Duration.ofSeconds(5)).until(() -> text().contains("the driving screen"));
        assertThat(text()).doesNotContain("while driving");

        console.release();
        console.print(new AttributedString("after"));
        await().atMost(Duration.ofSeconds(5)).until(() -> text().contains("after"));
        assertThat(text()).containsSubsequence("the driving screen", "first while driving", "second while driving",
                "after");
    }

    private String text() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }
}
