package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.T0;
import static dev.ucprov.core.contract.ContractFixtures.VVX410_APPLICATION;
import static dev.ucprov.core.contract.ContractFixtures.VVX410_UPDATER;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.request;
import static dev.ucprov.core.contract.ContractFixtures.sighting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DeviceInventory}, with the unknown-device clauses inherited from {@link
 * UnknownDevicesContract}. The repositories share one store, empty at the start of every test;
 * tenants {@code acme} and {@code globex} are created before each.
 */
public interface DeviceInventoryContract extends UnknownDevicesContract {

  @Test
  default void nothingIsKnownOfAPhoneNeverSeen() {
    devices().put(device("acme", mac(1)));

    assertThat(inventory().status(mac(1))).isEmpty();
    assertThat(inventory().status(mac(2))).isEmpty();
    assertThat(inventory().unknownDevices(id("acme"))).isEmpty();
  }

  @Test
  default void anApplicationRequestSetsTheWholeStatus() {
    devices().put(device("acme", mac(1)));
    Sighting seen =
        new Sighting(
            id("acme"),
            Optional.of(mac(1)),
            "2001:db8::7",
            VVX410_APPLICATION,
            new RequestRecord(T0, Protocol.TFTP, "RRQ", "0004f2000001.cfg", 200, 4096));

    inventory().record(List.of(seen));

    assertThat(inventory().status(mac(1)))
        .contains(
            new DeviceStatus(
                T0,
                "2001:db8::7",
                Protocol.TFTP,
                Optional.of("VVX_410"),
                Optional.of("5.9.0.9373"),
                Optional.empty(),
                List.of(seen.request())));
  }

  @Test
  default void theUpdaterSetsOnlyTheUpdaterVersion() {
    devices().put(device("acme", mac(1)));
    inventory().record(List.of(sighting("acme", mac(1), 0, VVX410_APPLICATION)));

    inventory().record(List.of(sighting("acme", mac(1), 10, VVX410_UPDATER, "192.0.2.99")));

    DeviceStatus status = inventory().status(mac(1)).orElseThrow();
    assertThat(status.applicationVersion()).contains("5.9.0.9373");
    assertThat(status.updaterVersion()).contains("5.4.1.1234");
    assertThat(status.lastSeen()).isEqualTo(T0.plusSeconds(10));
    assertThat(status.lastAddress()).isEqualTo("192.0.2.99");
  }

  @Test
  default void anAgentThatTellsNothingKeepsModelAndVersions() {
    devices().put(device("acme", mac(1)));
    inventory()
        .record(
            List.of(
                sighting("acme", mac(1), 0, VVX410_APPLICATION),
                sighting("acme", mac(1), 1, VVX410_UPDATER)));

    inventory()
        .record(
            List.of(
                sighting("acme", mac(1), 2, ""),
                sighting("acme", mac(1), 3, "curl/8.5.0"),
                sighting("acme", mac(1), 4, "FileTransport PolycomVVX-VVX_410-UA/6.0.0.1")));

    DeviceStatus status = inventory().status(mac(1)).orElseThrow();
    assertThat(status.reportedModel()).contains("VVX_410");
    assertThat(status.applicationVersion()).contains("5.9.0.9373");
    assertThat(status.updaterVersion()).contains("5.4.1.1234");
    assertThat(status.lastSeen()).isEqualTo(T0.plusSeconds(4));
    assertThat(status.recentRequests()).hasSize(5);
  }

  @Test
  default void aBatchIsAppliedInOrder() {
    devices().put(device("acme", mac(1)));
    Sighting first = sighting("acme", mac(1), 0, VVX410_UPDATER, "192.0.2.1");
    Sighting second = sighting("acme", mac(1), 1, VVX410_APPLICATION, "192.0.2.2");
    Sighting third =
        new Sighting(
            id("acme"),
            Optional.of(mac(1)),
            "192.0.2.3",
            "FileTransport PolycomVVX-VVX_410-UA/6.1.0.1 Type/Application",
            new RequestRecord(
                T0.plusSeconds(2), Protocol.HTTP, "PUT", "0004f2000001-app.log", 204, 0));

    inventory().record(List.of(first, second, third));

    DeviceStatus status = inventory().status(mac(1)).orElseThrow();
    assertThat(status.lastAddress()).isEqualTo("192.0.2.3");
    assertThat(status.lastProtocol()).isEqualTo(Protocol.HTTP);
    assertThat(status.applicationVersion()).contains("6.1.0.1");
    assertThat(status.updaterVersion()).contains("5.4.1.1234");
    assertThat(status.recentRequests())
        .containsExactly(third.request(), second.request(), first.request());
  }

  @Test
  default void onlyTheNewestRequestsAreKeptNewestFirst() {
    devices().put(device("acme", mac(1)));
    devices().put(device("acme", mac(2)));
    int total = 0;
    for (int size : List.of(30, 50, 120, 1, 7)) {
      List<Sighting> batch = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        batch.add(numbered(mac(1), total + i));
      }
      batch.add(numbered(mac(2), total));
      inventory().record(batch);
      total += size;
    }

    int newest = total - 1;
    List<String> expected =
        IntStream.range(0, DeviceInventory.RECENT_REQUESTS)
            .mapToObj(i -> "req-" + (newest - i))
            .toList();
    assertThat(inventory().status(mac(1)).orElseThrow().recentRequests())
        .extracting(RequestRecord::path)
        .containsExactlyElementsOf(expected);
    assertThat(inventory().status(mac(2)).orElseThrow().recentRequests()).hasSize(5);
  }

  @Test
  default void aLargeBatchOfManyPhonesIsRecorded() {
    for (int i = 0; i < 200; i++) {
      devices().put(device("acme", mac(i)));
    }
    List<Sighting> storm = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 300; i++) {
        storm.add(sighting("acme", mac(i), round, VVX410_APPLICATION));
      }
    }

    inventory().record(storm);

    assertThat(inventory().status(mac(0)).orElseThrow().recentRequests()).hasSize(5);
    assertThat(inventory().status(mac(199)).orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(4));
    assertThat(inventory().unknownDevices(id("acme")))
        .hasSize(100)
        .allSatisfy(unknown -> assertThat(unknown.count()).isEqualTo(5));
  }

  @Test
  default void aSightingNamingNoMacChangesNothing() {
    devices().put(device("acme", mac(1)));
    Sighting anonymous =
        new Sighting(
            id("acme"), Optional.empty(), "192.0.2.1", VVX410_APPLICATION, request(T0, "sip.ld"));

    inventory().record(List.of(anonymous, anonymous));

    assertThat(inventory().status(mac(1))).isEmpty();
    assertThat(inventory().unknownDevices(id("acme"))).isEmpty();
  }

  @Test
  default void aSightingOfAMacClaimedByAnotherTenantChangesNothing() {
    devices().put(device("acme", mac(1)));

    inventory().record(List.of(sighting("globex", mac(1), 0, VVX410_APPLICATION)));

    assertThat(inventory().status(mac(1))).isEmpty();
    assertThat(inventory().unknownDevices(id("globex"))).isEmpty();
    assertThat(inventory().unknownDevices(id("acme"))).isEmpty();
  }

  @Test
  default void anEmptyBatchChangesNothing() {
    inventory().record(List.of());

    assertThat(inventory().unknownDevices(id("acme"))).isEmpty();
  }

  @Test
  default void deletingADeviceDeletesItsStatus() {
    devices().put(device("acme", mac(1)));
    inventory().record(List.of(sighting("acme", mac(1), 0, VVX410_APPLICATION)));

    devices().delete(id("acme"), mac(1));
    devices().put(device("acme", mac(1)));

    assertThat(inventory().status(mac(1))).isEmpty();
  }

  private static Sighting numbered(MacAddress mac, int n) {
    return new Sighting(
        id("acme"), Optional.of(mac), "192.0.2.1", "", request(T0.plusSeconds(n), "req-" + n));
  }
}
