package chat.image.receive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueFileMoverTest {

    @TempDir
    Path dir;

    @Test
    void movesToTheNameWhenItIsFree() throws Exception {
        Path source = Files.writeString(dir.resolve(".x.part"), "new");
        Path moved = UniqueFileMover.moveToUniqueName(source, dir, "cat.png");
        assertThat(moved).isEqualTo(dir.resolve("cat.png"));
        assertThat(Files.readString(moved)).isEqualTo("new");
        assertThat(source).doesNotExist();
    }

    @Test
    void numbersTheNameWhenTakenAndNeverOverwrites() throws Exception {
        Files.writeString(dir.resolve("cat.png"), "old");
        Files.writeString(dir.resolve("cat-1.png"), "older");
        Path source = Files.writeString(dir.resolve(".x.part"), "new");
        Path moved = UniqueFileMover.moveToUniqueName(source, dir, "cat.png");
        assertThat(moved).isEqualTo(dir.resolve("cat-2.png"));
        assertThat(Files.readString(dir.resolve("cat.png"))).isEqualTo("old");
        assertThat(Files.readString(dir.resolve("cat-1.png"))).isEqualTo("older");
    }

    @Test
    void numbersNamesWithoutExtension() {
        assertThat(UniqueFileMover.candidate("image", 3)).isEqualTo("image-3");
        assertThat(UniqueFileMover.candidate("a.b.png", 1)).isEqualTo("a.b-1.png");
    }
}
