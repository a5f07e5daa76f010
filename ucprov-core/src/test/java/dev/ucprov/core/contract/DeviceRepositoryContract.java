package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.longText;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.runTogether;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceRepository.PutOutcome;
import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.tenant.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DeviceRepository}, with the listing clauses inherited from {@link
 * DeviceListingContract}. The repositories share one store, empty at the start of every test;
 * tenants {@code acme} and {@code globex} are created before each.
 */
public interface DeviceRepositoryContract extends DeviceListingContract {

  @Test
  default void aMacNeverClaimedIsNotFound() {
    assertThat(devices().find(mac(1))).isEmpty();
  }

  @Test
  default void aNewDeviceIsCreatedAndReadBackWhole() {
    Device device =
        new Device(
            id("acme"),
            mac(1),
            Optional.of("VVX_410"),
            Optional.of("Reception desk"),
            Map.of("line1", "201", "display", "Accueil"),
            Optional.of(new Credentials("phone-201", "secret")));

    assertThat(devices().put(device)).isEqualTo(new PutOutcome.Created(device));
    assertThat(devices().find(mac(1))).contains(device);
  }

  @Test
  default void checkSyncSettingsSurviveWithTheirPasswords() {
    Device device =
        new Device(
            id("acme"),
            mac(1),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.empty(),
            Optional.of(
                new SipSettings(
                    Optional.of("sip:10.0.0.5:5062"),
                    Optional.of("tcp"),
                    Optional.of(new Credentials("201", "s3cret:@ü")),
                    Optional.of("201"))),
            Optional.of(
                new PushSettings(
                    Optional.of("https://10.0.0.5/push"), new Credentials("pushuser", "pw"))));
    devices().put(device);

    assertThat(devices().find(mac(1))).contains(device);
    assertThat(devices().list(id("acme"), DeviceQuery.all()).devices().getFirst().device())
        .isEqualTo(device);
  }

  @Test
  default void partialCheckSyncSettingsSurviveAndAPutWithoutThemRemovesThem() {
    Device partial =
        new Device(
            id("acme"),
            mac(1),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.empty(),
            Optional.of(
                new SipSettings(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("201"))),
            Optional.of(new PushSettings(Optional.empty(), new Credentials("u", ""))));
    devices().put(partial);
    assertThat(devices().find(mac(1))).contains(partial);

    Device bare = device("acme", mac(1));
    devices().put(bare);
    assertThat(devices().find(mac(1))).contains(bare);
  }

  @Test
  default void aDeviceWithNothingOptionalSurvives() {
    Device bare = device("acme", mac(1));
    devices().put(bare);

    assertThat(devices().find(mac(1))).contains(bare);
  }

  @Test
  default void unicodeAndLongValuesSurvive() {
    Device device =
        new Device(
            id("acme"),
            mac(1),
            Optional.of("VVX_410"),
            Optional.of("Bureau de Zoë — 東京 ☎ 😀"),
            Map.of("long", longText(50_000), "empty", "", "ключ", "значение 😀"),
            Optional.of(new Credentials("ü", "")));
    devices().put(device);

    assertThat(devices().find(mac(1))).contains(device);
  }

  @Test
  default void aSecondPutInTheSameTenantReplacesTheDevice() {
    devices()
        .put(
            new Device(
                id("acme"),
                mac(1),
                Optional.of("VVX_410"),
                Optional.of("old"),
                Map.of("a", "1"),
                Optional.of(new Credentials("u", "p"))));
    Device replaced = device("acme", mac(1), "VVX_500");

    assertThat(devices().put(replaced)).isEqualTo(new PutOutcome.Updated(replaced));
    assertThat(devices().find(mac(1))).contains(replaced);
  }

  @Test
  default void aMacClaimedByAnotherTenantIsRefusedAndNothingChanges() {
    Device acme = device("acme", mac(1), "VVX_410");
    devices().put(acme);

    assertThat(devices().put(device("globex", mac(1), "VVX_500")))
        .isEqualTo(new PutOutcome.ClaimedElsewhere(mac(1), id("acme")));
    assertThat(devices().find(mac(1))).contains(acme);
    assertThat(devices().list(id("globex"), DeviceQuery.all()).total()).isZero();
  }

  @Test
  default void aMacReleasedByItsTenantCanBeClaimedByAnother() {
    devices().put(device("acme", mac(1)));
    devices().delete(id("acme"), mac(1));

    assertThat(devices().put(device("globex", mac(1)))).isInstanceOf(PutOutcome.Created.class);
    assertThat(devices().find(mac(1)).orElseThrow().tenant()).isEqualTo(id("globex"));
  }

  @Test
  default void claimingInAnUnknownTenantIsRefused() {
    assertThatThrownBy(() -> devices().put(device("nobody", mac(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
    assertThat(devices().find(mac(1))).isEmpty();
  }

  @Test
  default void deleteRemovesOnlyFromTheOwningTenant() {
    devices().put(device("acme", mac(1)));

    assertThat(devices().delete(id("globex"), mac(1))).isFalse();
    assertThat(devices().find(mac(1))).isPresent();
    assertThat(devices().delete(id("acme"), mac(1))).isTrue();
    assertThat(devices().find(mac(1))).isEmpty();
    assertThat(devices().delete(id("acme"), mac(1))).isFalse();
  }

  @Test
  default void concurrentClaimsOfOneMacLetExactlyOneTenantWin() throws Exception {
    for (int i = 0; i < 6; i++) {
      tenants().put(tenant("t" + i));
    }
    List<Callable<PutOutcome>> puts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String tenant = "t" + i;
      puts.add(() -> devices().put(device(tenant, mac(42))));
    }
    List<PutOutcome> outcomes = runTogether(puts);

    assertThat(outcomes).filteredOn(PutOutcome.Created.class::isInstance).hasSize(1);
    var owner = devices().find(mac(42)).orElseThrow().tenant();
    assertThat(outcomes)
        .filteredOn(PutOutcome.ClaimedElsewhere.class::isInstance)
        .hasSize(5)
        .allSatisfy(outcome ->
            assertThat(outcome).isEqualTo(new PutOutcome.ClaimedElsewhere(mac(42), owner)));
  }

  @Test
  default void devicesAreFoundByUsernameWithinTheirTenantInMacOrder() {
    devices().put(withCredentials("acme", mac(3), "desk", "three"));
    devices().put(withCredentials("acme", mac(1), "desk", "one"));
    devices().put(withCredentials("acme", mac(2), "lobby", "two"));
    devices().put(withCredentials("globex", mac(4), "desk", "four"));
    devices().put(device("acme", mac(5)));

    assertThat(devices().findByUsername(id("acme"), "desk"))
        .extracting(Device::mac)
        .containsExactly(mac(1), mac(3));
    assertThat(devices().findByUsername(id("globex"), "desk"))
        .extracting(Device::mac)
        .containsExactly(mac(4));
    assertThat(devices().findByUsername(id("acme"), "Desk")).isEmpty();
    assertThat(devices().findByUsername(id("acme"), "nobody")).isEmpty();
  }

  @Test
  default void devicesAreFoundByUsernameAcrossTenantsInTenantThenMacOrder() {
    devices().put(withCredentials("globex", mac(1), "desk", "g1"));
    devices().put(withCredentials("acme", mac(3), "desk", "a3"));
    devices().put(withCredentials("acme", mac(2), "desk", "a2"));
    devices().put(withCredentials("acme", mac(4), "lobby", "a4"));
    devices().put(device("acme", mac(5)));

    assertThat(devices().findAllByUsername("desk"))
        .extracting(d -> d.tenant().value() + "/" + d.mac().value())
        .containsExactly(
            "acme/" + mac(2).value(), "acme/" + mac(3).value(), "globex/" + mac(1).value());
    assertThat(devices().findAllByUsername("lobby"))
        .containsExactly(withCredentials("acme", mac(4), "lobby", "a4"));
    assertThat(devices().findAllByUsername("Desk")).isEmpty();
    assertThat(devices().findAllByUsername("nobody")).isEmpty();

    devices().delete(id("globex"), mac(1));
    assertThat(devices().findAllByUsername("desk")).hasSize(2);
  }

  @Test
  default void aUsernameLookupSeesPutsAndDeletes() {
    assertThat(devices().findByUsername(id("acme"), "desk")).isEmpty();
    devices().put(withCredentials("acme", mac(1), "desk", "one"));
    assertThat(devices().findByUsername(id("acme"), "desk")).hasSize(1);

    devices().put(withCredentials("acme", mac(1), "lobby", "one"));
    assertThat(devices().findByUsername(id("acme"), "desk")).isEmpty();
    assertThat(devices().findByUsername(id("acme"), "lobby"))
        .containsExactly(withCredentials("acme", mac(1), "lobby", "one"));

    devices().delete(id("acme"), mac(1));
    assertThat(devices().findByUsername(id("acme"), "lobby")).isEmpty();
  }

  private static Device withCredentials(String tenant, MacAddress mac, String user, String pw) {
    return new Device(
        id(tenant),
        mac,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.of(new Credentials(user, pw)));
  }
}
