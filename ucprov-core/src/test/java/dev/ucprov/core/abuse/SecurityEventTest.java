package dev.ucprov.core.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

  static final Instant T = Instant.parse("2026-11-25T18:00:00.123Z");
  static final TenantId ACME = new TenantId("acme");

  @Test
  void anAuthFailureLineHasTheFixedShape() {
    assertThat(new SecurityEvent.AuthFailed("192.0.2.10", ACME, "alice", "acme/x.cfg").line(T))
        .isEqualTo(
            "2026-11-25T18:00:00.123Z auth-failed from 192.0.2.10 tenant=acme user=alice"
                + " path=acme/x.cfg");
  }

  @Test
  void anUnknownMacLineHasTheFixedShape() {
    MacAddress mac = MacAddress.parse("0004f2aabbcc");
    assertThat(new SecurityEvent.UnknownMac("2001:db8::1", ACME, mac, "0004f2aabbcc.cfg").line(T))
        .isEqualTo(
            "2026-11-25T18:00:00.123Z unknown-mac from 2001:db8::1 tenant=acme mac=0004f2aabbcc"
                + " path=0004f2aabbcc.cfg");
  }

  @Test
  void aRefusedLoginLineHasTheAuthFailureShapeWithoutPath() {
    assertThat(new SecurityEvent.LoginFailed("192.0.2.10", Optional.of(ACME), "alice").line(T))
        .isEqualTo(
            "2026-11-25T18:00:00.123Z auth-failed from 192.0.2.10 tenant=acme user=alice path=-");
    assertThat(
            new SecurityEvent.LoginFailed("192.0.2.10", Optional.empty(), "a b\nauth-failed")
                .line(T))
        .isEqualTo(
            "2026-11-25T18:00:00.123Z auth-failed from 192.0.2.10 tenant=- user=a%20b%0Aauth-failed"
                + " path=-");
  }

  @Test
  void clientChosenValuesCannotForgeFieldsOrLines() {
    String line =
        new SecurityEvent.AuthFailed(
                "192.0.2.10", ACME, "x from 203.0.113.9\nauth-failed from 1.2.3.4 é%", "")
            .line(T);
    assertThat(line)
        .isEqualTo(
            "2026-11-25T18:00:00.123Z auth-failed from 192.0.2.10 tenant=acme"
                + " user=x%20from%20203.0.113.9%0Aauth-failed%20from%201.2.3.4%20%C3%A9%25 path=-");
  }

  @Test
  void theTimeIsShownToTheMillisecond() {
    assertThat(
            new SecurityEvent.AuthFailed("192.0.2.10", ACME, "a", "p")
                .line(Instant.parse("2026-11-25T18:00:00.123456789Z")))
        .startsWith("2026-11-25T18:00:00.123Z auth-failed");
  }

  @Test
  void longValuesAreCut() {
    String line = new SecurityEvent.AuthFailed("192.0.2.10", ACME, "u".repeat(1000), "p").line(T);
    assertThat(line).contains("user=" + "u".repeat(128) + " path=p");
  }
}
