package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.template.RenderContext.ServerValues;
import dev.ucprov.core.tenant.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerUrlsTest {

  private static final TenantId ACME = new TenantId("acme");

  @Test
  void byPathTheTenantPrefixIsAppended() {
    ServerUrls urls = new ServerUrls("http://prov.example:8080/", "https://prov.example");

    assertThat(urls.forTenant(ACME, Optional.empty()))
        .isEqualTo(new ServerValues("http://prov.example:8080/acme", "https://prov.example/acme"));
  }

  @Test
  void byHostTheHostReplacesTheConfiguredOneAndKeepsThePort() {
    ServerUrls urls = new ServerUrls("http://prov.example:8080", "https://prov.example/prov");

    assertThat(urls.forTenant(ACME, Optional.of("acme.example")))
        .isEqualTo(new ServerValues("http://acme.example:8080", "https://acme.example/prov"));
  }

  @Test
  void aSchemeNotServedIsEmpty() {
    ServerUrls urls = new ServerUrls("http://prov.example", "");

    assertThat(urls.forTenant(ACME, Optional.of("acme.example")).httpsUrl()).isEmpty();
    assertThat(new ServerUrls(null, null).forTenant(ACME, Optional.empty()))
        .isEqualTo(new ServerValues("", ""));
  }

  @Test
  void aUrlOfTheWrongSchemeOrWithoutHostIsRefused() {
    assertThatThrownBy(() -> new ServerUrls("https://prov.example", ""))
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> new ServerUrls("", "prov.example")).hasMessageContaining("https://");
    assertThatThrownBy(() -> new ServerUrls("http://exa mple", "")).hasMessageContaining("URL");
  }
}
