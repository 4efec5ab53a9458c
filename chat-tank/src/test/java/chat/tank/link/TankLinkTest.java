package chat.tank.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import chat.tank.TankSettings;
import chat.tank.command.TankCommand;
import chat.tank.sim.SimEvent;
import chat.tank.sim.SimulatorFixture;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TankLinkTest {
    private static final String HOST = "127.0.0.1";
    /** The test robot's silence timeout, much shorter than the real 2 s so tests stay fast. */
    private static final Duration ROBOT_TIMEOUT = Duration.ofMillis(300);

    private final RecordingLinkListener listener = new RecordingLinkListener();
    private SimulatorFixture sim;
    private TankLink link;

    @AfterEach
    void stop() {
        if (link != null) {
            link.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void receivesTheRobotsGreetingOnConnect() throws Exception {
        start(Duration.ofMillis(100));
        RobotReply first = listener.replies.poll(5, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.cmd()).isEqualTo("connection");
        assertThat(link.isConnected()).isTrue();
    }

    @Test
    void heartbeatKeepsTheLinkAliveAcrossManyRobotTimeoutsOfUserSilence() throws Exception {
        start(Duration.ofMillis(100));
        Duration fiveTimeouts = ROBOT_TIMEOUT.multipliedBy(5);
        await().during(fiveTimeouts).atMost(fiveTimeouts.plusSeconds(2)).until(link::isConnected);
        assertThat(sim.drain()).extracting(SimEvent::kind)
                .doesNotContain(SimEvent.Kind.TIMEOUT, SimEvent.Kind.FAULT, SimEvent.Kind.CLIENT_LEFT);
        TankStatus status = link.status();
        assertThat(status.alivesReceived()).isGreaterThanOrEqualTo(5);
        assertThat(status.lastAlive()).isPresent();
        assertThat(status.lastDistance()).isPresent();
        assertThat(status.roundTrip()).isPresent();
        assertThat(listener.closes).isEmpty();
    }

    @Test
    void sendsEachCommandAsItsExactJson() throws Exception {
        start(Duration.ofMillis(100));
        link.send(new TankCommand.Move(270, 35));
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"robotMovement\",\"angle\":270,\"strength\":35}");
    }

    @Test
    void sendsDisconnectBeforeClosing() throws Exception {
        start(Duration.ofMillis(100));
        link.close();
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"disconnect\"}");
        assertThat(sim.next(SimEvent.Kind.CLIENT_DISCONNECTED)).isNotNull();
        assertThat(link.isConnected()).isFalse();
        assertThat(listener.closes).isEmpty();
    }

    @Test
    void theShutdownHookSendsDisconnect() throws Exception {
        start(Duration.ofMillis(100));
        Thread hook = link.shutdownHook();
        assertThat(hook).isNotNull();
        hook.run();
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"disconnect\"}");
        assertThat(link.isConnected()).isFalse();
        assertThat(link.shutdownHook()).isNull();
    }

    @Test
    void reportsARobotSideTimeoutAndCanReconnect() throws Exception {
        start(Duration.ofSeconds(5));
        assertThat(listener.closes.poll(5, TimeUnit.SECONDS)).isEqualTo(CloseCause.ROBOT_DISCONNECT);
        assertThat(sim.next(SimEvent.Kind.TIMEOUT)).isNotNull();
        assertThat(link.isConnected()).isFalse();
        assertThatThrownBy(() -> link.send(new TankCommand.Buzz())).isInstanceOf(NotConnectedException.class);

        link.connect(HOST, sim.port());
        assertThat(sim.next(SimEvent.Kind.CLIENT_CONNECTED)).isNotNull();
        link.send(new TankCommand.Buzz());
        assertThat(sim.nextCommand()).isEqualTo("{\"cmd\":\"buzz\"}");
    }

    @Test
    void reportsTheRobotClosingWithoutAWord() throws Exception {
        start(Duration.ofMillis(100));
        sim.next(SimEvent.Kind.CLIENT_CONNECTED);
        sim.close();
        assertThat(listener.closes.poll(5, TimeUnit.SECONDS)).isIn(CloseCause.END_OF_STREAM, CloseCause.ERROR);
        assertThat(link.isConnected()).isFalse();
    }

    @Test
    void refusesToConnectWhereNoRobotListens() throws IOException {
        start(Duration.ofMillis(100));
        int port = sim.port();
        link.close();
        sim.close();
        TankLink other = new TankLink(settings(Duration.ofMillis(100)), listener);
        assertThatThrownBy(() -> other.connect(HOST, port)).isInstanceOf(IOException.class);
        assertThat(other.isConnected()).isFalse();
        other.close();
    }

    private void start(Duration heartbeat) throws IOException {
        sim = SimulatorFixture.start(ROBOT_TIMEOUT);
        link = new TankLink(settings(heartbeat), listener);
        link.connect(HOST, sim.port());
    }

    private static TankSettings settings(Duration heartbeat) {
        return new TankSettings(HOST, TankSettings.DEFAULT_PORT, heartbeat, TankSettings.HANDOUT_KEEP_ALIVE,
                Duration.ofSeconds(2));
    }
}
