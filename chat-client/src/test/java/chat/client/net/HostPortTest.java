package chat.client.net;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostPortTest {

    @Test
    void hostAloneGetsTheDefaultPort() {
        assertThat(HostPort.parse("192.168.0.2")).isEqualTo(new HostPort("192.168.0.2", 5050));
    }

    @Test
    void hostAndPortAreSplitAtTheColon() {
        assertThat(HostPort.parse("pi.local:6000")).isEqualTo(new HostPort("pi.local", 6000));
    }

    @Test
    void bracketedIpv6TakesAnOptionalPort() {
        assertThat(HostPort.parse("[::1]:5051")).isEqualTo(new HostPort("::1", 5051));
        assertThat(HostPort.parse("[::1]")).isEqualTo(new HostPort("::1", 5050));
        assertThat(HostPort.parse("[::1]:5051").toString()).isEqualTo("[::1]:5051");
    }

    @Test
    void bareIpv6IsTakenWhole() {
        assertThat(HostPort.parse("fe80::1")).isEqualTo(new HostPort("fe80::1", 5050));
    }

    @Test
    void badPortsAreRefused() {
        assertThatThrownBy(() -> HostPort.parse("host:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HostPort.parse("host:70000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HostPort.parse("[::1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HostPort.parse(":5050")).isInstanceOf(IllegalArgumentException.class);
    }
}
