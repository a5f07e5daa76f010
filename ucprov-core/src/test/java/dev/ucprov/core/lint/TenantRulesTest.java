package dev.ucprov.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantRulesTest {

  static Tenant tenant(Optional<Credentials> credentials) {
    return new Tenant(new TenantId("acme"), "Acme", List.of(), credentials, Map.of());
  }

  @Test
  void aTenantWithoutCredentialsIsOpenAndSaysWhatToDo() {
    List<Finding> findings =
        Linter.standard().lint(TreeFixture.wellConfigured().tree(), tenant(Optional.empty()));

    assertThat(findings)
        .singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo("tenant-open");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.file()).isEmpty();
          assertThat(f.line()).isZero();
          assertThat(f.message()).startsWith("tenant acme has no credentials").contains("set the");
        });
  }

  @Test
  void aTenantWithCredentialsIsNotOpen() {
    assertThat(
            Linter.standard()
                .lint(
                    TreeFixture.wellConfigured().tree(),
                    tenant(Optional.of(new Credentials("boss", "pw")))))
        .isEmpty();
  }

  @Test
  void aTenantAcceptingTheFactoryAccountIsWarnedWithItsNetworks() {
    Tenant factory =
        new Tenant(
            new TenantId("acme"),
            "Acme",
            List.of(),
            Optional.of(new Credentials("boss", "pw")),
            Map.of(),
            Optional.empty(),
            List.of(((Network.Parsed.Valid) Network.parse("10.20.0.0/16")).network()),
            true);

    assertThat(Linter.standard().lint(TreeFixture.wellConfigured().tree(), factory))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo("tenant-factory-account");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message())
              .startsWith("tenant acme accepts the factory credentials PlcmSpIp")
              .contains("from [10.20.0.0/16]")
              .endsWith("turn factoryAccount off");
        });
  }

  @Test
  void aTreeAloneNeverGetsTenantFindingsButTheRuleIsListed() {
    assertThat(Linter.standard().lint(TreeFixture.wellConfigured().tree())).isEmpty();
    assertThat(Linter.standard().rules())
        .last()
        .satisfies(r -> assertThat(r.id()).isEqualTo("tenant-open"));
  }

  @Test
  void aTenantRuleCannotShareATreeRulesId() {
    TenantRule clash =
        new TenantRule() {
          public String id() {
            return "web-ui-enabled";
          }

          public Severity severity() {
            return Severity.INFO;
          }

          public String summary() {
            return "x";
          }

          public List<Finding> check(Tenant tenant) {
            return List.of();
          }
        };
    assertThatThrownBy(
            () -> new Linter(List.of(new WebUiEnabledRule()), List.of(clash), new ConfigReader()))
        .hasMessageContaining("web-ui-enabled");
  }
}
