package chat.client.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("chat").resolve("config.json");
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        SettingsStore.LoadResult result = new SettingsStore(file()).load();
        assertThat(result.status()).isEqualTo(SettingsStore.LoadStatus.MISSING);
        assertThat(result.settings()).isEqualTo(Settings.defaults());
    }

    @Test
    void savedSettingsComeBackTheSameAndThePrettyFileIsReadable() throws IOException {
        Settings settings = Settings.defaults().withNick("zoé").withServer("10.0.0.2:8888").withFormat("lesson")
                .withCounter(true).withTimestamps(false)
                .withMacros(Map.of("brb", "Je reviens tout de suite"))
                .withAutoReplies(Map.of("bonjour", "Salut à toi !"))
                .withRandomMessages(List.of("un", "deux")).withDownloadFolder("/tmp/images")
                .withLanguage("fr").withTankName("tank-1");
        SettingsStore store = new SettingsStore(file());
        assertThat(store.save(settings).saved()).isTrue();

        SettingsStore.LoadResult result = new SettingsStore(file()).load();
        assertThat(result.status()).isEqualTo(SettingsStore.LoadStatus.LOADED);
        assertThat(result.settings()).isEqualTo(settings);
        String text = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(text).contains("\n  \"nick\" : \"zoé\"").contains("\"Je reviens tout de suite\"");
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        SettingsStore store = new SettingsStore(file());
        store.save(Settings.defaults().withNick("a"));
        store.save(Settings.defaults().withNick("b"));
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config.json");
        }
    }

    @Test
    void aFileThatIsNotJsonIsReportedAndKeptUntouched() throws IOException {
        Files.createDirectories(file().getParent());
        String broken = "{ \"nick\": \"zoé\", oops";
        Files.writeString(file(), broken, StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file());

        SettingsStore.LoadResult result = store.load();
        assertThat(result.status()).isEqualTo(SettingsStore.LoadStatus.BROKEN);
        assertThat(result.problem()).isNotBlank();
        assertThat(result.settings()).isEqualTo(Settings.defaults());

        SettingsStore.SaveResult save = store.save(Settings.defaults().withNick("other"));
        assertThat(save.status()).isEqualTo(SettingsStore.SaveStatus.REFUSED_BROKEN_FILE);
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEqualTo(broken);
    }

    @Test
    void aFileWithWrongTypesIsBrokenToo() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"macros\": 5}", StandardCharsets.UTF_8);
        assertThat(new SettingsStore(file()).load().status()).isEqualTo(SettingsStore.LoadStatus.BROKEN);
        Files.writeString(file(), "[1, 2]", StandardCharsets.UTF_8);
        assertThat(new SettingsStore(file()).load().status()).isEqualTo(SettingsStore.LoadStatus.BROKEN);
    }

    @Test
    void savingWorksAgainOnceTheBrokenFileIsDeleted() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "not json", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file());
        store.load();
        assertThat(store.isBlockedByBrokenFile()).isTrue();
        Files.delete(file());

        assertThat(store.save(Settings.defaults().withNick("fresh")).saved()).isTrue();
        assertThat(new SettingsStore(file()).load().settings().nick()).isEqualTo("fresh");
    }

    @Test
    void anEmptyFileCountsAsMissingAndMayBeWritten() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "  \n", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file());
        assertThat(store.load().status()).isEqualTo(SettingsStore.LoadStatus.MISSING);
        assertThat(store.save(Settings.defaults().withNick("x")).saved()).isTrue();
    }

    @Test
    void keysThisVersionDoesNotKnowSurviveASave() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"nick\": \"a\", \"theme\": {\"dark\": true}}", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file());
        Settings loaded = store.load().settings();
        store.save(loaded.withNick("b"));
        String text = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"theme\"").contains("\"dark\" : true").contains("\"nick\" : \"b\"");
    }

    @Test
    void missingFieldsAreNotSetAndMapsAreEmpty() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"counter\": true}", StandardCharsets.UTF_8);
        Settings settings = new SettingsStore(file()).load().settings();
        assertThat(settings.counterOn()).isTrue();
        assertThat(settings.timestampsOn()).isFalse();
        assertThat(settings.nick()).isNull();
        assertThat(settings.macros()).isEmpty();
        assertThat(settings.randomMessages()).isEmpty();
    }
}
