package chat.tank.drive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.NonBlocking;
import org.junit.jupiter.api.Test;

class KeyReaderTest {

    @Test
    void readsArrowEscapeSequencesInBothCursorModes() throws IOException {
        assertThat(keys("\u001b[A\u001b[B\u001b[C\u001b[D\u001bOA"))
                .containsExactly(DriveKey.FORWARD, DriveKey.BACK, DriveKey.RIGHT, DriveKey.LEFT, DriveKey.FORWARD,
                        DriveKey.QUIT);
    }

    @Test
    void readsArrowsWithModifiers() throws IOException {
        assertThat(keys("\u001b[1;5D")).containsExactly(DriveKey.LEFT, DriveKey.QUIT);
    }

    @Test
    void aLoneEscapeLeaves() throws IOException {
        assertThat(keys("w\u001b")).containsExactly(DriveKey.FORWARD, DriveKey.QUIT);
    }

    @Test
    void anEscapeFollowedByAnOrdinaryKeyLeaves() throws IOException {
        assertThat(keys("\u001bw")).first().isEqualTo(DriveKey.QUIT);
    }

    @Test
    void otherEscapeSequencesAreIgnored() throws IOException {
        assertThat(keys("\u001b[5~ ")).containsExactly(DriveKey.OTHER, DriveKey.STOP, DriveKey.QUIT);
    }

    @Test
    void theEndOfInputLeaves() throws IOException {
        assertThat(keys("")).containsExactly(DriveKey.QUIT);
    }

    /** All keys until the end of the text, which reads as QUIT. */
    private static List<DriveKey> keys(String typed) throws IOException {
        KeyReader reader = new KeyReader(NonBlocking.nonBlocking("test", new StringReader(typed)), 40);
        List<DriveKey> keys = new ArrayList<>();
        for (int i = 0; i <= typed.length(); i++) {
            DriveKey key = reader.read(100);
            if (key == null) {
                break;
            }
            keys.add(key);
            if (key == DriveKey.QUIT) {
                break;
            }
        }
        return keys;
    }
}
