package chat.tank.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TankSimulatorTest {
    private static final String CONNECTION = "{\"cmd\" : \"connection\"}";
    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private SimulatorFixture sim;
    private Socket socket;

    @BeforeEach
    void start() throws IOException {
        sim = SimulatorFixture.start(Duration.ofMillis(300));
        socket = new Socket("127.0.0.1", sim.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        sim.close();
    }

    @Test
    void greetsEachClientWithConnection() throws IOException {
        assertThat(readExactly(CONNECTION.length())).isEqualTo(CONNECTION);
    }

    @Test
    void answersTheHandoutKeepAliveWithAliveThenDistanceAsAString() throws IOException {
        readExactly(CONNECTION.length());
        write("{\"cmd\":\"heartbeat\"}");
        String reply = readUntilCount('}', 2);
        assertThat(reply).matches("\\{\"cmd\" : \"alive\"\\}\\{\"cmd\" : \"distance\", \"distance\" :\"\\d+\\.\\d\"\\}");
    }

    @Test
    void answersTheRobotsOwnKeepAliveSpellingToo() throws IOException {
        readExactly(CONNECTION.length());
        write("{\"cmd\":\"hearthbeat\"}");
        assertThat(readUntilCount('}', 2)).startsWith("{\"cmd\" : \"alive\"}");
    }

    @Test
    void sendsDisconnectAndClosesAfterTheSilenceTimeout() throws Exception {
        readExactly(CONNECTION.length());
        assertThat(readExactly("{\"cmd\" : \"disconnect\"}".length())).isEqualTo("{\"cmd\" : \"disconnect\"}");
        assertThat(socket.getInputStream().read()).isEqualTo(-1);
        assertThat(sim.next(SimEvent.Kind.TIMEOUT)).isNotNull();
    }

    @Test
    void runsEveryCommandOfOneWriteCutAtEachBrace() throws Exception {
        write("{\"cmd\":\"buzz\"}{\"cmd\":\"robotMovement\",\"angle\":90,\"strength\":40} {\"cmd\":\"manualMode\"}");
        sim.next(SimEvent.Kind.CLIENT_CONNECTED);
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"buzz\"}");
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"robotMovement\",\"angle\":90,\"strength\":40}");
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"manualMode\"}");
        await().atMost(SimulatorFixture.WAIT).untilAsserted(() -> assertThat(sim.printed())
                .contains("robotMovement angle=90 strength=40 -> left  -40% right  +40%")
                .contains("buzz"));
    }

    @Test
    void dropsTheClientOnUnquotedKeys() throws Exception {
        write("{cmd:\"buzz\"}");
        assertThat(sim.next(SimEvent.Kind.FAULT).text()).contains("invalid JSON");
        assertClosedByRobot();
    }

    @Test
    void dropsTheClientOnANumberSentAsAString() throws Exception {
        write("{\"cmd\":\"robotMovement\",\"angle\":\"90\",\"strength\":40}");
        assertThat(sim.next(SimEvent.Kind.FAULT).text()).contains("\"angle\"").contains("not a number");
        assertClosedByRobot();
    }

    @Test
    void dropsTheClientOnAMissingField() throws Exception {
        write("{\"cmd\":\"color\",\"state\":true,\"red\":1,\"green\":2}");
        assertThat(sim.next(SimEvent.Kind.FAULT).text()).contains("missing field \"blue\"");
        assertClosedByRobot();
    }

    @Test
    void dropsTheClientOnACommandSplitAcrossWrites() throws Exception {
        write("{\"cmd\":\"bu");
        assertThat(sim.next(SimEvent.Kind.FAULT).text()).contains("incomplete command");
    }

    @Test
    void warnsThatTheMotorsKeepRunningWhenAClientLeavesWithoutDisconnect() throws Exception {
        write("{\"cmd\":\"robotMovement\",\"angle\":0,\"strength\":70}");
        sim.nextCommand();
        socket.close();
        sim.next(SimEvent.Kind.CLIENT_LEFT);
        await().atMost(SimulatorFixture.WAIT).untilAsserted(() -> assertThat(sim.printed())
                .contains("keeps its last motor command (left  +70% right  +70%)"));
    }

    @Test
    void servesTheNextClientOnlyAfterTheFirstLeaves() throws Exception {
        readExactly(CONNECTION.length());
        try (Socket second = new Socket("127.0.0.1", sim.port())) {
            second.setSoTimeout(READ_TIMEOUT_MILLIS);
            write("{\"cmd\":\"disconnect\"}");
            sim.next(SimEvent.Kind.CLIENT_DISCONNECTED);
            byte[] greeting = second.getInputStream().readNBytes(CONNECTION.length());
            assertThat(new String(greeting, StandardCharsets.UTF_8)).isEqualTo(CONNECTION);
        }
    }

    private void assertClosedByRobot() throws IOException {
        InputStream in = socket.getInputStream();
        byte[] rest = in.readNBytes(CONNECTION.length());
        assertThat(new String(rest, StandardCharsets.UTF_8)).isEqualTo(CONNECTION);
        assertThat(in.read()).isEqualTo(-1);
    }

    private void write(String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String readExactly(int count) throws IOException {
        return new String(socket.getInputStream().readNBytes(count), StandardCharsets.UTF_8);
    }

    private String readUntilCount(char last, int times) throws IOException {
        StringBuilder text = new StringBuilder();
        int seen = 0;
        InputStream in = socket.getInputStream();
        while (seen < times) {
            int b = in.read();
            assertThat(b).as("byte before end of stream").isNotNegative();
            text.append((char) b);
            if (b == last) {
                seen++;
            }
        }
        return text.toString();
    }
}
