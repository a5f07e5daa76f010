package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.blobOf;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.longText;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.runTogether;
import static dev.ucprov.core.contract.ContractFixtures.sighting;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.SipProxy;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.tenant.TenantRepository.PutOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TenantRepository}. The four repositories share one store, empty at the
 * start of every test.
 */
public interface TenantRepositoryContract {

  TenantRepository tenants();

  DeviceRepository devices();

  DeviceInventory inventory();

  FileRepository files();

  @Test
  default void aTenantNeverPutIsNotFound() {
    assertThat(tenants().find(id("acme"))).isEmpty();
    assertThat(tenants().findByHostname("acme.example")).isEmpty();
    assertThat(tenants().list()).isEmpty();
  }

  @Test
  default void aNewTenantIsCreatedAndReadBackWhole() {
    Tenant acme =
        new Tenant(
            id("acme"),
            "Acme Corp",
            List.of("prov.acme.example", "acme.example"),
            Optional.of(new Credentials("PlcmSpIp", "s3cret:with@chars")),
            Map.of("sip.server", "sip.acme.example", "tz", "Europe/Paris"));

    assertThat(tenants().put(acme)).isEqualTo(new PutOutcome.Created(acme));
    assertThat(tenants().find(id("acme"))).contains(acme);
  }

  @Test
  default void aSecondPutReplacesEverythingAndReportsAnUpdate() {
    tenants()
        .put(
            new Tenant(
                id("acme"),
                "Acme",
                List.of("a.example", "b.example"),
                Optional.of(new Credentials("u", "p")),
                Map.of("x", "1", "y", "2")));
    Tenant replaced =
        new Tenant(
            id("acme"), "Acme Two", List.of("c.example"), Optional.empty(), Map.of("y", "3"));

    assertThat(tenants().put(replaced)).isEqualTo(new PutOutcome.Updated(replaced));
    assertThat(tenants().find(id("acme"))).contains(replaced);
    assertThat(tenants().findByHostname("a.example")).isEmpty();
    assertThat(tenants().findByHostname("c.example")).contains(replaced);
  }

  @Test
  default void aSipProxySurvivesAndCanBeRemoved() {
    Tenant withProxy =
        new Tenant(
            id("acme"),
            "Acme",
            List.of(),
            Optional.empty(),
            Map.of(),
            Optional.of(
                new SipProxy(
                    "sip:pbx.acme.example:5070", Optional.of("tcp"), Optional.of("acme.example"))));
    tenants().put(withProxy);
    assertThat(tenants().find(id("acme"))).contains(withProxy);

    Tenant bare = new Tenant(id("acme"), "Acme", List.of(), Optional.empty(), Map.of());
    tenants().put(bare);
    assertThat(tenants().find(id("acme"))).contains(bare);
    assertThat(tenants().list()).containsExactly(bare);
  }

  @Test
  default void aSipProxyWithOnlyItsAddressSurvives() {
    Tenant withProxy =
        new Tenant(
            id("acme"),
            "Acme",
            List.of("acme.example"),
            Optional.empty(),
            Map.of(),
            Optional.of(new SipProxy("sip:10.0.0.1", Optional.empty(), Optional.empty())));
    tenants().put(withProxy);

    assertThat(tenants().findByHostname("acme.example")).contains(withProxy);
    assertThat(tenants().list()).containsExactly(withProxy);
  }

  @Test
  default void emptyListsMapsAndPasswordsSurvive() {
    Tenant bare =
        new Tenant(
            id("bare"), "Bare", List.of(), Optional.of(new Credentials("user", "")), Map.of());
    tenants().put(bare);

    assertThat(tenants().find(id("bare"))).contains(bare);
  }

  @Test
  default void unicodeAndLongValuesSurvive() {
    String longValue = longText(20_000);
    Tenant tenant =
        new Tenant(
            id("a-very-long-tenant-identifier-of-sixty-three-characters-0123456"),
            "Société Générale 東京 ☎ 😀 " + longText(2_000),
            List.of("xn--bcher-kva.example", "a".repeat(63) + "." + "b".repeat(63) + ".example"),
            Optional.of(new Credentials("utilisateur-é", "mot de passe 漢字 😀")),
            Map.of(
                "long", longValue, "empty", "", "emoji😀", "value ☎", "quote\"back\\slash", "{}"));
    tenants().put(tenant);

    assertThat(tenants().find(tenant.id())).contains(tenant);
  }

  @Test
  default void hostnamesAreKeptInLowerCaseOnceEach() {
    tenants().put(tenant("acme", "Prov.Acme.Example", "ACME.example", "prov.acme.example"));

    assertThat(tenants().find(id("acme")).orElseThrow().hostnames())
        .containsExactly("prov.acme.example", "acme.example");
  }

  @Test
  default void findByHostnameIgnoresCase() {
    Tenant acme = tenant("acme", "prov.acme.example");
    tenants().put(acme);
    tenants().put(tenant("other", "prov.other.example"));

    assertThat(tenants().findByHostname("prov.acme.example")).contains(acme);
    assertThat(tenants().findByHostname("PROV.Acme.EXAMPLE")).contains(acme);
    assertThat(tenants().findByHostname("acme.example")).isEmpty();
  }

  @Test
  default void aHostnameOfAnotherTenantIsRefusedAndNothingChanges() {
    tenants().put(tenant("acme", "shared.example"));
    Tenant before = tenant("globex", "globex.example");
    tenants().put(before);

    PutOutcome outcome =
        tenants().put(tenant("globex", "globex.example", "new.globex.example", "SHARED.example"));

    assertThat(outcome).isEqualTo(new PutOutcome.HostnameTaken("shared.example", id("acme")));
    assertThat(tenants().find(id("globex"))).contains(before);
    assertThat(tenants().findByHostname("new.globex.example")).isEmpty();
    assertThat(tenants().findByHostname("shared.example").orElseThrow().id()).isEqualTo(id("acme"));
  }

  @Test
  default void aNewTenantWithATakenHostnameIsNotCreated() {
    tenants().put(tenant("acme", "acme.example"));

    assertThat(tenants().put(tenant("globex", "Acme.Example")))
        .isEqualTo(new PutOutcome.HostnameTaken("acme.example", id("acme")));
    assertThat(tenants().find(id("globex"))).isEmpty();
    assertThat(tenants().list()).extracting(Tenant::id).containsExactly(id("acme"));
  }

  @Test
  default void aTenantKeepsItsOwnHostnamesAcrossPuts() {
    tenants().put(tenant("acme", "acme.example"));

    assertThat(tenants().put(tenant("acme", "ACME.example", "more.example")))
        .isInstanceOf(PutOutcome.Updated.class);
  }

  @Test
  default void aHostnameGivenUpCanBeTakenByAnotherTenant() {
    tenants().put(tenant("acme", "moving.example"));
    tenants().put(tenant("acme"));

    assertThat(tenants().put(tenant("globex", "moving.example")))
        .isInstanceOf(PutOutcome.Created.class);
    assertThat(tenants().findByHostname("moving.example").orElseThrow().id())
        .isEqualTo(id("globex"));
  }

  @Test
  default void listIsOrderedById() {
    for (String id : List.of("b", "a-b", "ab", "a", "0", "a1", "z-9", "a-a")) {
      tenants().put(tenant(id));
    }

    assertThat(tenants().list())
        .extracting(tenant -> tenant.id().value())
        .containsExactly("0", "a", "a-a", "a-b", "a1", "ab", "b", "z-9");
  }

  @Test
  default void listReturnsWholeTenants() {
    Tenant acme =
        new Tenant(
            id("acme"),
            "Acme",
            List.of("b.example", "a.example"),
            Optional.empty(),
            Map.of("k", "v"));
    tenants().put(acme);
    tenants().put(tenant("globex", "globex.example"));

    assertThat(tenants().list()).containsExactly(acme, tenant("globex", "globex.example"));
  }

  @Test
  default void deleteRemovesTheTenantAndFreesItsHostnames() {
    tenants().put(tenant("acme", "acme.example"));

    assertThat(tenants().delete(id("acme"))).isTrue();
    assertThat(tenants().find(id("acme"))).isEmpty();
    assertThat(tenants().findByHostname("acme.example")).isEmpty();
    assertThat(tenants().delete(id("acme"))).isFalse();
    assertThat(tenants().put(tenant("globex", "acme.example")))
        .isInstanceOf(PutOutcome.Created.class);
  }

  @Test
  default void deletingAnUnknownTenantReportsFalse() {
    assertThat(tenants().delete(id("nobody"))).isFalse();
  }

  @Test
  default void deleteRemovesTheTenantsDevicesInventoryAndFilesOnly() {
    tenants().put(tenant("acme"));
    tenants().put(tenant("globex"));
    devices().put(device("acme", mac(1)));
    devices().put(device("globex", mac(2)));
    inventory()
        .record(
            List.of(
                sighting("acme", mac(1), 0, ContractFixtures.VVX410_APPLICATION),
                sighting("acme", mac(9), 0, ContractFixtures.VVX410_APPLICATION)));
    FilePath path = new FilePath("site.cfg");
    files().put(FileScope.of(id("acme")), path, blobOf("acme"), false);
    files().put(FileScope.of(id("globex")), path, blobOf("globex"), false);
    files().put(FileScope.shared(), path, blobOf("shared"), false);

    tenants().delete(id("acme"));

    assertThat(devices().find(mac(1))).isEmpty();
    assertThat(inventory().status(mac(1))).isEmpty();
    assertThat(files().find(FileScope.of(id("acme")), path)).isEmpty();
    assertThat(files().versions(FileScope.of(id("acme")), path)).isEmpty();
    assertThat(devices().find(mac(2))).isPresent();
    assertThat(files().find(FileScope.of(id("globex")), path)).isPresent();
    assertThat(files().find(FileScope.shared(), path)).isPresent();
  }

  @Test
  default void aTenantCreatedAgainStartsEmpty() {
    tenants().put(tenant("acme", "acme.example"));
    devices().put(device("acme", mac(1)));
    inventory().record(List.of(sighting("acme", mac(9), 0, "")));
    files().put(FileScope.of(id("acme")), new FilePath("a.cfg"), blobOf("a"), false);
    tenants().delete(id("acme"));

    assertThat(tenants().put(tenant("acme"))).isInstanceOf(PutOutcome.Created.class);

    assertThat(tenants().find(id("acme")).orElseThrow().hostnames()).isEmpty();
    assertThat(devices().list(id("acme"), DeviceQuery.all()).total()).isZero();
    assertThat(inventory().unknownDevices(id("acme"))).isEmpty();
    assertThat(files().list(FileScope.of(id("acme")))).isEmpty();
  }

  @Test
  default void concurrentClaimsOfOneHostnameLetExactlyOneTenantWin() throws Exception {
    int contenders = 8;
    List<Callable<PutOutcome>> puts = new ArrayList<>();
    for (int i = 0; i < contenders; i++) {
      String tenant = "t" + i;
      puts.add(() -> tenants().put(tenant(tenant, "contested.example")));
    }
    List<PutOutcome> outcomes = runTogether(puts);

    List<PutOutcome> created =
        outcomes.stream().filter(PutOutcome.Created.class::isInstance).toList();
    assertThat(created).hasSize(1);
    TenantId winner = ((PutOutcome.Created) created.get(0)).tenant().id();
    assertThat(outcomes)
        .filteredOn(PutOutcome.HostnameTaken.class::isInstance)
        .hasSize(contenders - 1)
        .allSatisfy(outcome ->
            assertThat(outcome)
                .isEqualTo(new PutOutcome.HostnameTaken("contested.example", winner)));
    assertThat(tenants().list()).extracting(Tenant::id).containsExactly(winner);
  }

  @Test
  default void concurrentPutsOfOneNewTenantCreateItOnce() throws Exception {
    List<Callable<PutOutcome>> puts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      puts.add(() -> tenants().put(tenant("acme", "acme.example")));
    }
    List<PutOutcome> outcomes = runTogether(puts);

    assertThat(outcomes).filteredOn(PutOutcome.Created.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(PutOutcome.Updated.class::isInstance).hasSize(5);
    assertThat(tenants().list()).containsExactly(tenant("acme", "acme.example"));
  }

  @Test
  default void networksAndTheFactoryAccountSurvive() {
    Tenant acme = withNetworks("acme", true, "10.20.0.0/16", "2001:db8:1::/48");
    tenants().put(acme);

    Tenant read = tenants().find(id("acme")).orElseThrow();
    assertThat(read).isEqualTo(acme);
    assertThat(read.networks())
        .extracting(Network::toString)
        .containsExactly("10.20.0.0/16", "2001:db8:1::/48");
    assertThat(read.factoryAccount()).isTrue();
    assertThat(tenants().list()).containsExactly(acme);
  }

  @Test
  default void findByAddressPicksTheTenantWhoseNetworkHoldsIt() {
    tenants().put(withNetworks("acme", false, "10.20.0.0/16"));
    tenants().put(withNetworks("globex", false, "10.30.0.0/16", "2001:db8::/32"));
    tenants().put(tenant("initech"));

    assertThat(tenants().findByAddress("10.20.9.9")).map(Tenant::id).contains(id("acme"));
    assertThat(tenants().findByAddress("10.30.0.1")).map(Tenant::id).contains(id("globex"));
    assertThat(tenants().findByAddress("2001:db8:0:0:0:0:0:7"))
        .map(Tenant::id)
        .contains(id("globex"));
    assertThat(tenants().findByAddress("::ffff:10.20.1.1")).map(Tenant::id).contains(id("acme"));
    assertThat(tenants().findByAddress("10.40.0.1")).isEmpty();
    assertThat(tenants().findByAddress("not an address")).isEmpty();
  }

  @Test
  default void aNetworkOverlappingAnotherTenantsIsRefusedAndNothingChanges() {
    tenants().put(withNetworks("acme", false, "10.20.0.0/16"));
    Tenant before = withNetworks("globex", false, "10.30.0.0/16");
    tenants().put(before);

    PutOutcome outcome =
        tenants().put(withNetworks("globex", true, "10.31.0.0/16", "10.20.5.0/24"));

    assertThat(outcome).isInstanceOf(PutOutcome.NetworkTaken.class);
    PutOutcome.NetworkTaken taken = (PutOutcome.NetworkTaken) outcome;
    assertThat(taken.network()).hasToString("10.20.5.0/24");
    assertThat(taken.taken()).hasToString("10.20.0.0/16");
    assertThat(taken.owner()).isEqualTo(id("acme"));
    assertThat(tenants().find(id("globex"))).contains(before);
    assertThat(tenants().findByAddress("10.31.0.1")).isEmpty();
  }

  @Test
  default void aTenantMayReplaceItsOwnNetworks() {
    tenants().put(withNetworks("acme", false, "10.20.0.0/16"));

    assertThat(tenants().put(withNetworks("acme", false, "10.20.1.0/24")))
        .isInstanceOf(PutOutcome.Updated.class);
    assertThat(tenants().findByAddress("10.20.2.1")).isEmpty();
    assertThat(tenants().findByAddress("10.20.1.1")).map(Tenant::id).contains(id("acme"));
  }

  private static Tenant withNetworks(String id, boolean factoryAccount, String... networks) {
    List<Network> parsed = new ArrayList<>();
    for (String text : networks) {
      parsed.add(((Network.Parsed.Valid) Network.parse(text)).network());
    }
    return new Tenant(
        id(id),
        id,
        List.of(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        parsed,
        factoryAccount);
  }
}
