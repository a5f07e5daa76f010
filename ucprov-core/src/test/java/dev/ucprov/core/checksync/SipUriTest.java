package dev.ucprov.core.checksync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SipUriTest {

  @Test
  void aHostAndPort() {
    assertThat(SipUri.parse("sip:pbx.example.net:5070"))
        .isEqualTo(
            new SipUri(
                false,
                Optional.empty(),
                "pbx.example.net",
                OptionalInt.of(5070),
                Optional.empty()));
  }

  @Test
  void aUserAnIpv4AddressAndATransport() {
    assertThat(SipUri.parse("SIP:201@10.0.0.5;transport=TCP"))
        .isEqualTo(
            new SipUri(
                false, Optional.of("201"), "10.0.0.5", OptionalInt.empty(), Optional.of("tcp")));
  }

  @Test
  void sipsAndABracketedIpv6Address() {
    SipUri uri = SipUri.parse("sips:[2001:db8::1]:5061");

    assertThat(uri.secure()).isTrue();
    assertThat(uri.host()).isEqualTo("2001:db8::1");
    assertThat(uri.port()).hasValue(5061);
    assertThat(SipUri.uriHost(uri.host())).isEqualTo("[2001:db8::1]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.0.0.5",
        "http://10.0.0.5",
        "sip:",
        "sip:host:0",
        "sip:host:70000",
        "sip:host;transport=sctp",
        "sip:host;lr",
        "sip:ho st",
        "sip:2001:db8::1"
      })
  void whatIsNotASipAddressIsRefusedWithAnExample(String text) {
    assertThat(SipUri.problem(text)).isPresent();
    assertThatThrownBy(() -> SipUri.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("sip:", "port", "transport"));
  }

  @Test
  void defaultPortsFollowTheTransport() {
    assertThat(SipUri.defaultPort("udp")).isEqualTo(5060);
    assertThat(SipUri.defaultPort("tcp")).isEqualTo(5060);
    assertThat(SipUri.defaultPort("tls")).isEqualTo(5061);
  }
}
