package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.T0;
import static dev.ucprov.core.contract.ContractFixtures.VVX410_APPLICATION;
import static dev.ucprov.core.contract.ContractFixtures.VVX410_UPDATER;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.longText;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.sighting;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unknown-device half of the contract of {@link DeviceInventory}: phones asking a tenant for
 * their files before anyone claimed them. {@link DeviceInventoryContract} extends it, so backends
 * implement that one. The repositories share one store, empty at the start of every test; tenants
 * {@code acme} and {@code globex} are created before each.
 */
public interface UnknownDevicesContract {

  TenantRepository tenants();

  DeviceRepository devices();

  DeviceInventory inventory();

  @BeforeEach
  default void createTenants() {
    tenants().put(tenant("acme"));
    tenants().put(tenant("globex"));
  }

  @Test
  default void anUnclaimedMacBecomesAnUnknownDeviceOfTheTenantItAsked() {
    inventory().record(List.of(sighting("acme", mac(7), 0, VVX410_UPDATER, "192.0.2.1")));
    inventory()
        .record(
            List.of(
                sighting("acme", mac(7), 60, VVX410_APPLICATION, "192.0.2.2"),
                sighting("acme", mac(7), 61, VVX410_APPLICATION, "192.0.2.3")));

    assertThat(inventory().unknownDevices(id("acme")))
        .containsExactly(
            new UnknownDevice(mac(7), T0, T0.plusSeconds(61), "192.0.2.3", VVX410_APPLICATION, 3));
    assertThat(inventory().unknownDevices(id("globex"))).isEmpty();
    assertThat(inventory().status(mac(7))).isEmpty();
  }

  @Test
  default void oneMacAskingTwoTenantsIsUnknownInEach() {
    inventory()
        .record(
            List.of(
                sighting("acme", mac(7), 0, VVX410_APPLICATION),
                sighting("globex", mac(7), 5, VVX410_APPLICATION),
                sighting("globex", mac(7), 6, VVX410_APPLICATION)));

    assertThat(inventory().unknownDevices(id("acme")))
        .extracting(UnknownDevice::count)
        .containsExactly(1L);
    assertThat(inventory().unknownDevices(id("globex")))
        .extracting(UnknownDevice::count)
        .containsExactly(2L);
  }

  @Test
  default void unknownDevicesAreListedMostRecentlySeenFirst() {
    inventory()
        .record(
            List.of(
                sighting("acme", mac(1), 10, ""),
                sighting("acme", mac(2), 30, ""),
                sighting("acme", mac(3), 20, "")));
    inventory().record(List.of(sighting("acme", mac(1), 40, "")));

    assertThat(inventory().unknownDevices(id("acme")))
        .extracting(UnknownDevice::mac)
        .containsExactly(mac(1), mac(2), mac(3));
  }

  @Test
  default void unknownDevicesKeepUnicodeAndLongAgents() {
    String agent = "Navigateur/1.0 (Zoë; 東京) 😀 " + longText(3_000);
    inventory().record(List.of(sighting("acme", mac(1), 0, agent, "fe80::1%eth0")));

    UnknownDevice unknown = inventory().unknownDevices(id("acme")).get(0);
    assertThat(unknown.userAgent()).isEqualTo(agent);
    assertThat(unknown.lastAddress()).isEqualTo("fe80::1%eth0");
  }

  @Test
  default void claimingAMacRemovesItFromEveryTenantsUnknownDevices() {
    inventory()
        .record(
            List.of(
                sighting("acme", mac(1), 0, ""),
                sighting("globex", mac(1), 0, ""),
                sighting("acme", mac(2), 0, "")));

    devices().put(device("globex", mac(1)));

    assertThat(inventory().unknownDevices(id("acme")))
        .extracting(UnknownDevice::mac)
        .containsExactly(mac(2));
    assertThat(inventory().unknownDevices(id("globex"))).isEmpty();
  }

  @Test
  default void aClaimedMacIsRecordedAsADeviceFromThenOn() {
    inventory().record(List.of(sighting("acme", mac(1), 0, VVX410_APPLICATION)));
    devices().put(device("acme", mac(1)));

    inventory().record(List.of(sighting("acme", mac(1), 10, VVX410_APPLICATION)));

    assertThat(inventory().unknownDevices(id("acme"))).isEmpty();
    assertThat(inventory().status(mac(1)).orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(10));
  }

  @Test
  default void aSightingForAnUnknownTenantChangesNothing() {
    inventory().record(List.of(sighting("nobody", mac(1), 0, VVX410_APPLICATION)));

    tenants().put(tenant("nobody"));
    assertThat(inventory().unknownDevices(id("nobody"))).isEmpty();
  }

  @Test
  default void aRequestWithoutUserAgentKeepsTheOneSeenBefore() {
    inventory().record(List.of(sighting("acme", mac(7), 0, VVX410_APPLICATION)));

    inventory().record(List.of(sighting("acme", mac(7), 1, "")));

    UnknownDevice unknown = inventory().unknownDevices(id("acme")).get(0);
    assertThat(unknown.userAgent()).isEqualTo(VVX410_APPLICATION);
    assertThat(unknown.lastSeen()).isEqualTo(T0.plusSeconds(1));
    assertThat(unknown.count()).isEqualTo(2);
  }

  @Test
  default void aPhoneNeverSendingAUserAgentIsStillListed() {
    inventory().record(List.of(sighting("acme", mac(7), 0, "")));

    assertThat(inventory().unknownDevices(id("acme")))
        .containsExactly(new UnknownDevice(mac(7), T0, T0, "192.0.2.10", "", 1));
  }
}
