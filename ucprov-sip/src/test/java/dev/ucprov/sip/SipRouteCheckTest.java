package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.NotifyTarget.SipRoute;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SipRouteCheckTest {

  private static SipRoute route(String uri, String host, int port, String transport, String user) {
    return new SipRoute(uri, host, port, transport, Optional.of(user), Optional.of("pw"));
  }

  @Test
  void a_usable_route_has_no_problem() {
    assertThat(
            SipRouteCheck.problem(route("sip:1001@pbx.example", "10.0.0.5", 5060, "UDP", "1001")))
        .isEmpty();
    assertThat(SipRouteCheck.problem(route("sips:[::1]:5061", "[::1]", 5061, "tls", "1001")))
        .isEmpty();
  }

  @Test
  void each_problem_is_named_with_the_offending_value() {
    assertThat(SipRouteCheck.problem(route("http://x", "h", 5060, "udp", "u")))
        .contains("SIP target 'http://x' is not a sip: URI");
    assertThat(SipRouteCheck.problem(route("sip:a\r\nX: y", "h", 5060, "udp", "u")))
        .contains("SIP target 'sip:a??X: y' is not a sip: URI");
    assertThat(SipRouteCheck.problem(route("sip:a", "", 5060, "udp", "u")))
        .contains("SIP host '' is empty or malformed");
    assertThat(SipRouteCheck.problem(route("sip:a", "h", 70000, "udp", "u")))
        .contains("SIP port 70000 is outside 1-65535");
    assertThat(SipRouteCheck.problem(route("sip:a", "h", 5060, "sctp", "u")))
        .contains("SIP transport 'sctp' is not udp, tcp or tls");
    assertThat(SipRouteCheck.problem(route("sip:a", "h", 5060, "udp", "u\nX: 1")))
        .contains("SIP username contains a control character");
  }
}
