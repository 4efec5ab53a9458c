package chat.client.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryLocationTest {

    @Test
    void xdgDataHomeIsPreferredAndItsFolderIsCreated(@TempDir Path dir) {
        Path xdg = dir.resolve("data");
        assertThat(HistoryLocation.resolve(Map.of("XDG_DATA_HOME", xdg.toString()), dir.toString()))
                .contains(xdg.resolve("chat/history"));
        assertThat(xdg.resolve("chat")).isDirectory();
    }

    @Test
    void withoutXdgTheHistoryIsUnderTheHome(@TempDir Path home) {
        assertThat(HistoryLocation.resolve(Map.of(), home.toString()))
                .contains(home.resolve(".local/share/chat/history"));
    }

    @Test
    void aFolderThatCannotBeCreatedMeansNoHistory(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        assertThat(HistoryLocation.resolve(Map.of("XDG_DATA_HOME", blocker.toString()), null)).isEmpty();
    }
}
