package dev.ucprov.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCatalogTest {

  private final InMemoryStore store = new InMemoryStore();
  private final TenantCatalog catalog = new TenantCatalog(store.tenants());

  @Test
  void aNewTenantIsCreatedWithLowerCaseHostnamesOnceEach() {
    Outcome<Tenant> outcome =
        catalog.put(
            "acme",
            new TenantForm(
                " Acme ",
                List.of("Prov.Acme.Example", "prov.acme.example"),
                Optional.of(new CredentialsForm("PlcmSpIp", "s3cret")),
                Map.of("tz", "Europe/Paris")));

    Tenant expected =
        new Tenant(
            new TenantId("acme"),
            "Acme",
            List.of("prov.acme.example"),
            Optional.of(new Credentials("PlcmSpIp", "s3cret")),
            Map.of("tz", "Europe/Paris"));
    assertThat(outcome).isEqualTo(new Outcome.Created<>(expected));
    assertThat(catalog.get("acme")).isEqualTo(new Outcome.Ok<>(expected));
  }

  @Test
  void aSecondPutReplacesAndIsOk() {
    catalog.put("acme", form("Acme", "a.example"));

    assertThat(catalog.put("acme", form("Acme 2"))).isInstanceOf(Outcome.Ok.class);
    assertThat(catalog.list()).extracting(Tenant::name).containsExactly("Acme 2");
  }

  @Test
  void onlyTheNameIsRequired() {
    assertThat(catalog.put("acme", new TenantForm("Acme", null, null, null)))
        .isInstanceOf(Outcome.Created.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme", "-acme", "acme_1", "", "a/b"})
  void aBadIdIsInvalid(String id) {
    assertThat(catalog.put(id, form("Acme")))
        .isInstanceOfSatisfying(
            Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("tenant"));
    assertThat(catalog.list()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme.example:8080",
        "-acme.example",
        "acme..example",
        "acme example",
        "a_b.example",
        "http://acme.example"
      })
  void aBadHostnameIsInvalidAndNamesItsPosition(String hostname) {
    Outcome<Tenant> outcome = catalog.put("acme", form("Acme", "ok.example", hostname));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Invalid.class,
            i -> {
              assertThat(i.field()).isEqualTo("hostnames[1]");
              assertThat(i.message()).startsWith("hostnames[1]: ").contains("not a host name");
            });
    assertThat(catalog.get("acme")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void aMissingNameNullsAndBadCredentialsAreInvalid() {
    assertThat(field(catalog.put("acme", new TenantForm(" ", null, null, null)))).isEqualTo("name");
    assertThat(field(catalog.put("acme", new TenantForm(null, null, null, null))))
        .isEqualTo("name");
    assertThat(field(catalog.put("acme", new TenantForm("A", nulls(), null, null))))
        .isEqualTo("hostnames[0]");
    assertThat(
            field(
                catalog.put(
                    "acme",
                    new TenantForm("A", null, Optional.of(new CredentialsForm("", "p")), null))))
        .isEqualTo("credentials.username");
    assertThat(
            field(
                catalog.put(
                    "acme",
                    new TenantForm("A", null, Optional.of(new CredentialsForm("u", null)), null))))
        .isEqualTo("credentials.password");
    java.util.HashMap<String, String> vars = new java.util.HashMap<>();
    vars.put("x", null);
    assertThat(field(catalog.put("acme", new TenantForm("A", null, null, vars))))
        .isEqualTo("variables.x");
    assertThat(field(catalog.put("acme", new TenantForm("A", null, null, Map.of("", "v")))))
        .isEqualTo("variables");
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void aHostnameOfAnotherTenantIsAConflictAndChangesNothing() {
    catalog.put("acme", form("Acme", "shared.example"));
    catalog.put("globex", form("Globex", "globex.example"));

    Outcome<Tenant> outcome = catalog.put("globex", form("Globex 2", "SHARED.example"));

    assertThat(outcome)
        .isEqualTo(
            new Outcome.Conflict<>("hostnames: shared.example already belongs to tenant acme"));
    assertThat(((Outcome.Ok<Tenant>) catalog.get("globex")).value().name()).isEqualTo("Globex");
  }

  @Test
  void theMaskedPasswordSentBackKeepsTheStoredOne() {
    catalog.put(
        "acme",
        new TenantForm("Acme", null, Optional.of(new CredentialsForm("PlcmSpIp", "s3cret")), null));

    Outcome<Tenant> again =
        catalog.put(
            "acme",
            new TenantForm(
                "Acme Inc",
                null,
                Optional.of(new CredentialsForm("prov", CredentialsForm.MASKED)),
                null));

    assertThat(again).isInstanceOf(Outcome.Ok.class);
    assertThat(store.tenants().find(new TenantId("acme")).orElseThrow().credentials())
        .contains(new Credentials("prov", "s3cret"));
  }

  @Test
  void theMaskedPasswordIsRefusedWhenNoneIsStoredAndNothingChanges() {
    catalog.put("acme", new TenantForm("Acme", null, null, null));

    Outcome<Tenant> outcome =
        catalog.put(
            "acme",
            new TenantForm(
                "Changed",
                null,
                Optional.of(new CredentialsForm("prov", CredentialsForm.MASKED)),
                null));

    assertThat(field(outcome)).isEqualTo("credentials.password");
    assertThat(((Outcome.Invalid<?>) outcome).message()).contains("no password is stored");
    Tenant kept = store.tenants().find(new TenantId("acme")).orElseThrow();
    assertThat(kept.name()).isEqualTo("Acme");
    assertThat(kept.credentials()).isEmpty();
  }

  @Test
  void deleteGivesBackTheTenantThenItIsGone() {
    catalog.put("acme", form("Acme"));

    assertThat(catalog.delete("acme")).isInstanceOf(Outcome.Ok.class);
    assertThat(catalog.delete("acme")).isInstanceOf(Outcome.NotFound.class);
    assertThat(catalog.get("acme")).isInstanceOf(Outcome.NotFound.class);
    assertThat(catalog.get("NOT VALID")).isInstanceOf(Outcome.NotFound.class);
  }

  private static TenantForm form(String name, String... hostnames) {
    return new TenantForm(name, Arrays.asList(hostnames), Optional.empty(), Map.of());
  }

  private static List<String> nulls() {
    List<String> list = new ArrayList<>();
    list.add(null);
    return list;
  }

  static String field(Outcome<?> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    return ((Outcome.Invalid<?>) outcome).field();
  }
}
