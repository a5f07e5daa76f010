package dev.ucprov.store;

import static dev.ucprov.core.contract.ContractFixtures.T0;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.request;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.Sighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the store keeps of a device's requests stays bounded, however many batches it records. */
class H2RequestStorageTest extends H2Fixture {

  @Test
  void storedRequestsStayBoundedAndCountedWithoutReadingThemBack() {
    tenants().put(tenant("acme"));
    devices().put(device("acme", mac(1)));
    int n = 0;
    for (int batch = 0; batch < 40; batch++) {
      List<Sighting> sightings = new ArrayList<>();
      for (int i = 0; i < 7 + batch % 5; i++, n++) {
        sightings.add(
            new Sighting(
                id("acme"),
                Optional.of(mac(1)),
                "192.0.2.1",
                "",
                request(T0.plusSeconds(n), "r" + n)));
      }
      inventory().record(sightings);

      int stored = storedRequests();
      assertThat(stored).isLessThan(RequestGroups.TRIM_AT + 12);
      assertThat(countColumn()).isEqualTo(stored);
    }
    assertThat(inventory().status(mac(1)).orElseThrow().recentRequests())
        .hasSize(DeviceInventory.RECENT_REQUESTS)
        .first()
        .extracting(r -> r.path())
        .isEqualTo("r" + (n - 1));
  }

  private int storedRequests() {
    return database()
        .read(handle ->
            handle
                .createQuery(
                    "SELECT COALESCE(SUM(request_count), 0) FROM device_request_group WHERE mac = :mac")
                .bind("mac", mac(1).value())
                .mapTo(Integer.class)
                .one());
  }

  private int countColumn() {
    return database()
        .read(handle ->
            handle
                .createQuery("SELECT request_count FROM device_status WHERE mac = :mac")
                .bind("mac", mac(1).value())
                .mapTo(Integer.class)
                .one());
  }
}
