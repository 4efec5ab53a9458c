package chat.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/chat/client/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(load("messages_fr.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").keySet());
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(ClientVersion.version()).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(ClientVersion.clientName()).startsWith("chat-client/");
    }
}
