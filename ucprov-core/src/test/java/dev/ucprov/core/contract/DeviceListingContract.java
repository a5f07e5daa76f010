package dev.ucprov.core.contract;

import static dev.ucprov.core.contract.ContractFixtures.SPIP650_APPLICATION;
import static dev.ucprov.core.contract.ContractFixtures.T0;
import static dev.ucprov.core.contract.ContractFixtures.VVX410_APPLICATION;
import static dev.ucprov.core.contract.ContractFixtures.VVX410_UPDATER;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.sighting;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceRepository.Listed;
import dev.ucprov.core.inventory.DeviceRepository.Page;
import dev.ucprov.core.tenant.TenantRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listing half of the contract of {@link DeviceRepository}: {@link DeviceRepository#list} and
 * every clause of {@link DeviceQuery}. {@link DeviceRepositoryContract} extends it, so backends
 * implement that one. The repositories share one store, empty at the start of every test; tenants
 * {@code acme} and {@code globex} are created before each.
 */
public interface DeviceListingContract {

  TenantRepository tenants();

  DeviceRepository devices();

  DeviceInventory inventory();

  @BeforeEach
  default void createTenants() {
    tenants().put(tenant("acme"));
    tenants().put(tenant("globex"));
  }

  @Test
  default void listShowsOnlyTheTenantsDevicesOrderedByMac() {
    devices().put(device("acme", new MacAddress("64167f000001")));
    devices().put(device("acme", new MacAddress("0004f2aaaaaa")));
    devices().put(device("globex", new MacAddress("0004f2bbbbbb")));
    devices().put(device("acme", new MacAddress("482567000001")));

    Page page = devices().list(id("acme"), DeviceQuery.all());

    assertThat(page.total()).isEqualTo(3);
    assertThat(macs(page)).containsExactly("0004f2aaaaaa", "482567000001", "64167f000001");
  }

  @Test
  default void anEmptyTenantListsNothing() {
    assertThat(devices().list(id("acme"), DeviceQuery.all())).isEqualTo(new Page(List.of(), 0));
  }

  @Test
  default void pagesCoverEveryDeviceOnceWithTheTotalEachTime() {
    claim("acme", 25);

    assertThat(macs(page(0, 10))).containsExactlyElementsOf(expectedMacs(0, 10));
    assertThat(macs(page(10, 10))).containsExactlyElementsOf(expectedMacs(10, 20));
    assertThat(macs(page(20, 10))).containsExactlyElementsOf(expectedMacs(20, 25));
    assertThat(page(24, 1).devices()).hasSize(1);
    assertThat(page(25, 10).devices()).isEmpty();
    assertThat(page(1_000, 10).devices()).isEmpty();
    assertThat(List.of(page(0, 10), page(20, 10), page(25, 10), page(1_000, 1)))
        .extracting(Page::total)
        .containsOnly(25L);
    assertThat(macs(page(0, DeviceQuery.MAX_LIMIT))).containsExactlyElementsOf(expectedMacs(0, 25));
  }

  @Test
  default void modelMatchesEitherSpellingInAnyCase() {
    devices().put(device("acme", mac(1), "VVX_410"));
    devices().put(device("acme", mac(2), "VVX410"));
    devices().put(device("acme", mac(3), "vvx_500"));
    devices().put(device("acme", mac(4)));

    for (String asked : List.of("VVX_410", "VVX410", "vvx410", "Vvx_410")) {
      assertThat(macs(byModel(asked))).as(asked).containsExactly(mac(1).value(), mac(2).value());
      assertThat(byModel(asked).total()).isEqualTo(2);
    }
    assertThat(macs(byModel("VVX500"))).containsExactly(mac(3).value());
    assertThat(byModel("VVX_41").total()).isZero();
  }

  @Test
  default void modelFallsBackToWhatThePhoneReportedWhenTheOperatorSetNone() {
    devices().put(device("acme", mac(1)));
    devices().put(device("acme", mac(2), "VVX_500"));
    devices().put(device("acme", mac(3)));
    inventory()
        .record(
            List.of(
                sighting("acme", mac(1), 0, VVX410_APPLICATION),
                sighting("acme", mac(2), 0, VVX410_APPLICATION),
                sighting("acme", mac(3), 0, SPIP650_APPLICATION)));

    assertThat(macs(byModel("VVX410"))).containsExactly(mac(1).value());
    assertThat(macs(byModel("VVX_500"))).containsExactly(mac(2).value());
    assertThat(macs(byModel("spip650"))).containsExactly(mac(3).value());
  }

  @Test
  default void firmwareMatchesAPrefixOfTheApplicationVersionLiterally() {
    claim("acme", 4);
    inventory()
        .record(
            List.of(
                sighting("acme", mac(0), 0, VVX410_APPLICATION),
                sighting(
                    "acme",
                    mac(1),
                    0,
                    "FileTransport PolycomVVX-VVX_410-UA/5.8.0.1 Type/Application"),
                sighting(
                    "acme",
                    mac(2),
                    0,
                    "FileTransport PolycomVVX-VVX_410-UA/5x9.0.1 Type/Application"),
                sighting("acme", mac(3), 0, VVX410_UPDATER)));

    assertThat(macs(byFirmware("5.9"))).containsExactly(mac(0).value());
    assertThat(macs(byFirmware("5.9.0.9373"))).containsExactly(mac(0).value());
    assertThat(macs(byFirmware("5")))
        .containsExactly(mac(0).value(), mac(1).value(), mac(2).value());
    assertThat(macs(byFirmware("5_9"))).isEmpty();
    assertThat(macs(byFirmware("5%"))).isEmpty();
    assertThat(byFirmware("5").total()).isEqualTo(3);
  }

  @Test
  default void notSeenSinceKeepsDevicesNeverSeenOrLastSeenBefore() {
    claim("acme", 4);
    inventory()
        .record(
            List.of(
                sighting("acme", mac(0), 0, ""),
                sighting("acme", mac(1), 100, ""),
                sighting("acme", mac(2), 200, "")));
    Instant since = T0.plusSeconds(100);

    Page page =
        devices()
            .list(
                id("acme"), query(Optional.empty(), Optional.empty(), Optional.of(since), 0, 100));

    assertThat(macs(page)).containsExactly(mac(0).value(), mac(3).value());
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  default void filtersCombineAndPageTogether() {
    for (int i = 0; i < 12; i++) {
      devices().put(device("acme", mac(i), i % 2 == 0 ? "VVX_410" : "VVX_500"));
    }
    List<dev.ucprov.core.inventory.Sighting> seen = new ArrayList<>();
    for (int i = 0; i < 12; i += 3) {
      seen.add(sighting("acme", mac(i), 0, VVX410_APPLICATION));
    }
    inventory().record(seen);

    DeviceQuery query = query(Optional.of("vvx410"), Optional.of("5.9"), Optional.empty(), 1, 1);
    Page page = devices().list(id("acme"), query);

    assertThat(page.total()).isEqualTo(2);
    assertThat(macs(page)).containsExactly(mac(6).value());
  }

  @Test
  default void listedDevicesCarryTheirStatus() {
    devices().put(device("acme", mac(1)));
    devices().put(device("acme", mac(2)));
    inventory().record(List.of(sighting("acme", mac(1), 5, VVX410_APPLICATION, "198.51.100.7")));

    List<Listed> listed = devices().list(id("acme"), DeviceQuery.all()).devices();

    assertThat(listed.get(0).status()).isEqualTo(inventory().status(mac(1)));
    assertThat(listed.get(0).status().orElseThrow().lastAddress()).isEqualTo("198.51.100.7");
    assertThat(listed.get(0).status().orElseThrow().recentRequests()).hasSize(1);
    assertThat(listed.get(1).device()).isEqualTo(device("acme", mac(2)));
    assertThat(listed.get(1).status()).isEmpty();
  }

  private void claim(String tenant, int count) {
    for (int i = 0; i < count; i++) {
      devices().put(device(tenant, mac(i)));
    }
  }

  private Page page(int offset, int limit) {
    return devices()
        .list(
            id("acme"), query(Optional.empty(), Optional.empty(), Optional.empty(), offset, limit));
  }

  private Page byModel(String model) {
    return devices()
        .list(id("acme"), query(Optional.of(model), Optional.empty(), Optional.empty(), 0, 100));
  }

  private Page byFirmware(String prefix) {
    return devices()
        .list(id("acme"), query(Optional.empty(), Optional.of(prefix), Optional.empty(), 0, 100));
  }

  private static DeviceQuery query(
      Optional<String> model,
      Optional<String> firmware,
      Optional<Instant> since,
      int offset,
      int limit) {
    return new DeviceQuery(model, firmware, since, offset, limit);
  }

  private static List<String> macs(Page page) {
    return page.devices().stream().map(listed -> listed.device().mac().value()).toList();
  }

  private static List<String> expectedMacs(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> mac(i).value()).toList();
  }
}
