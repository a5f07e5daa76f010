package dev.ucprov.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostPortTest {

  @Test
  void readsHostsPortsAndBracketedIpv6() {
    assertThat(HostPort.parse("0.0.0.0:8080")).isEqualTo(new HostPort("0.0.0.0", 8080));
    assertThat(HostPort.parse("localhost:0")).isEqualTo(new HostPort("localhost", 0));
    assertThat(HostPort.parse("[::1]:8081")).isEqualTo(new HostPort("::1", 8081));
  }

  @Test
  void printsWhatItReads() {
    assertThat(HostPort.parse("[::1]:8081")).hasToString("[::1]:8081");
    assertThat(HostPort.parse("127.0.0.1:0")).hasToString("127.0.0.1:0");
  }

  @Test
  void refusesWhatIsNotHostColonPort() {
    assertThatThrownBy(() -> HostPort.parse("8080"))
        .hasMessageContaining("not HOST:PORT: \"8080\"");
    assertThatThrownBy(() -> HostPort.parse(":8080")).hasMessageContaining("not HOST:PORT");
    assertThatThrownBy(() -> HostPort.parse("host:")).hasMessageContaining("not HOST:PORT");
    assertThatThrownBy(() -> HostPort.parse("host:http"))
        .hasMessageContaining("not a port number: \"http\"");
    assertThatThrownBy(() -> HostPort.parse("host:65536"))
        .hasMessageContaining("port out of range 0-65535: 65536");
    assertThatThrownBy(() -> HostPort.parse("::1:8080")).hasMessageContaining("needs brackets");
  }
}
