package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.tenant.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRoutingTest {

  private final Served served = new Served();

  @BeforeEach
  void twoTenants() {
    served.tenant("acme", "acme.prov.example");
    served.tenant("globex");
    served.file("acme", "site.cfg", "acme site");
    served.file("acme", "globex/site.cfg", "acme's globex folder");
    served.file("globex", "site.cfg", "globex site");
  }

  @Test
  void theFirstSegmentNamesTheTenantAndTheRestIsTheFile() {
    FileReply reply = served.get("acme/site.cfg");

    assertThat(served.text(reply)).isEqualTo("acme site");
    assertThat(((FileReply.Served) reply).path()).isEqualTo("site.cfg");
    assertThat(reply.routing().tenant()).contains(new TenantId("acme"));
    assertThat(served.text(served.get("globex/site.cfg"))).isEqualTo("globex site");
  }

  @Test
  void aHostOfATenantPicksItAndTheWholePathIsTheFile() {
    assertThat(served.text(served.get("acme.prov.example", "site.cfg"))).isEqualTo("acme site");
    assertThat(served.text(served.get("acme.prov.example", "globex/site.cfg")))
        .isEqualTo("acme's globex folder");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ACME.Prov.Example", "acme.prov.example:8080", "acme.prov.example."})
  void theHostIsComparedWithoutCaseOrPort(String host) {
    assertThat(served.text(served.get(host, "site.cfg"))).isEqualTo("acme site");
  }

  @Test
  void anUnknownHostFallsBackToThePathPrefix() {
    assertThat(served.text(served.get("prov.example:8080", "globex/site.cfg")))
        .isEqualTo("globex site");
    assertThat(served.get("prov.example", "site.cfg")).isEqualTo(notFoundNowhere());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nobody/site.cfg",
        "site.cfg",
        "acme",
        "acme/",
        "Acme/site.cfg",
        "/acme/site.cfg",
        "acme/../globex/site.cfg",
        "acme/./site.cfg",
        "acme//site.cfg",
        "acme/a\\site.cfg",
        "acme/site.cfg\u0000",
        "-acme/site.cfg",
        ""
      })
  void anythingElseIsNotFoundAndReachesNoTenant(String path) {
    assertThat(served.get(path)).isEqualTo(notFoundNowhere());
  }

  @Test
  void anUnsafeFileUnderAKnownHostIsNotFound() {
    assertThat(served.get("acme.prov.example", "../globex/site.cfg")).isEqualTo(notFoundNowhere());
    assertThat(served.get("acme.prov.example", "")).isEqualTo(notFoundNowhere());
  }

  @Test
  void aMissingFileOfAKnownTenantIsNotFoundInThatTenant() {
    assertThat(served.get("acme/nothing.cfg"))
        .isEqualTo(
            new FileReply.NotFound(
                new Routing(Optional.of(new TenantId("acme")), Optional.empty())));
  }

  @Test
  void hostNamesLoseCasePortAndTrailingDot() {
    assertThat(TenantRouter.hostName("Acme.Example:8080")).isEqualTo("acme.example");
    assertThat(TenantRouter.hostName("acme.example.")).isEqualTo("acme.example");
    assertThat(TenantRouter.hostName("[2001:DB8::1]:8080")).isEqualTo("[2001:db8::1]");
    assertThat(TenantRouter.hostName(" acme.example ")).isEqualTo("acme.example");
  }

  private static FileReply notFoundNowhere() {
    return new FileReply.NotFound(Routing.nowhere());
  }
}
