package chat.image.receive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadFolderTest {

    @TempDir
    Path home;

    @Test
    void usesXdgPicturesDirFromTheEnvironment() {
        assertThat(DownloadFolder.resolve(Map.of("XDG_PICTURES_DIR", "/data/photos"), home))
                .isEqualTo(Path.of("/data/photos/chat"));
    }

    @Test
    void usesTheLocalisedFolderFromUserDirs() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureau\"\nXDG_PICTURES_DIR=\"$HOME/Images\"\n");
        assertThat(DownloadFolder.resolve(Map.of(), home)).isEqualTo(home.resolve("Images/chat"));
    }

    @Test
    void fallsBackToPicturesInTheHomeFolder() {
        assertThat(DownloadFolder.resolve(Map.of(), home)).isEqualTo(home.resolve("Pictures/chat"));
    }
}
