package chat.client.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigLocationTest {

    @Test
    void xdgConfigHomeWinsWhenItIsAnAbsolutePath() {
        assertThat(ConfigLocation.resolve(Map.of("XDG_CONFIG_HOME", "/srv/conf"), "/home/zoe"))
                .isEqualTo(Path.of("/srv/conf/chat/config.json"));
    }

    @Test
    void theHomeConfigFolderIsUsedOtherwise() {
        assertThat(ConfigLocation.resolve(Map.of(), "/home/zoe")).isEqualTo(Path.of("/home/zoe/.config/chat/config.json"));
        assertThat(ConfigLocation.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "/home/zoe"))
                .isEqualTo(Path.of("/home/zoe/.config/chat/config.json"));
        assertThat(ConfigLocation.resolve(Map.of("XDG_CONFIG_HOME", ""), "/home/zoe"))
                .isEqualTo(Path.of("/home/zoe/.config/chat/config.json"));
    }
}
