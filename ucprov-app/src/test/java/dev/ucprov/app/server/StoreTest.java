package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.store.JdbcDeviceRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the store's caches keep an answer: a change made behind them (here straight through
 * JDBC, as another server sharing the database would) shows once the answer expires.
 */
class StoreTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final MacAddress MAC = MacAddress.parse("0004f2000001");

  @TempDir Path data;

  private final StepClock clock = new StepClock();

  @Test
  void theEmbeddedDatabaseHasNoOtherWriterSoAnswersLiveMinutes() {
    ServerConfig embedded = config(Optional.empty());

    try (Store store = Store.open(embedded, clock)) {
      labelBehindTheCache(store, "changed");

      clock.advance(Duration.ofMinutes(9));
      assertThat(store.devices().find(MAC).orElseThrow().label()).contains("first");
      clock.advance(Duration.ofMinutes(2));
      assertThat(store.devices().find(MAC).orElseThrow().label()).contains("changed");
    }
  }

  @Test
  void aDatabaseOthersMayShareShowsTheirChangesWithinSeconds() {
    ServerConfig shared = config(Optional.of("jdbc:h2:mem:" + UUID.randomUUID()));

    try (Store store = Store.open(shared, clock)) {
      labelBehindTheCache(store, "changed");

      clock.advance(Duration.ofSeconds(3));
      assertThat(store.devices().find(MAC).orElseThrow().label()).contains("changed");
    }
  }

  /** ADR 0024: on either database, uploads publish their staged blobs in their batch. */
  @Test
  void uploadsPublishTheBlobsTheyStageWhateverTheDatabase() {
    try (Store embedded = Store.open(config(Optional.empty()), clock)) {
      assertThat(embedded.uploads().publishesStagedBlobs()).isTrue();
    }
    try (Store shared =
        Store.open(config(Optional.of("jdbc:h2:mem:" + UUID.randomUUID())), clock)) {
      assertThat(shared.uploads().publishesStagedBlobs()).isTrue();
    }
  }

  @Test
  void aChangeThroughTheStoreShowsAtOnceWhateverTheTimeToLive() {
    try (Store store = Store.open(config(Optional.empty()), clock)) {
      labelBehindTheCache(store, "behind");

      store.devices().put(device("through the store"));

      assertThat(store.devices().find(MAC).orElseThrow().label()).contains("through the store");
    }
  }

  /** Stores and reads a device labelled "first", then relabels it without the caches knowing. */
  private static void labelBehindTheCache(Store store, String label) {
    store.tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    store.devices().put(device("first"));
    assertThat(store.devices().find(MAC).orElseThrow().label()).contains("first");
    new JdbcDeviceRepository(store.database()).put(device(label));
  }

  private static Device device(String label) {
    return new Device(ACME, MAC, Optional.empty(), Optional.of(label), Map.of(), Optional.empty());
  }

  private ServerConfig config(Optional<String> database) {
    ServerConfig defaults = ServerConfig.defaults();
    return new ServerConfig(data, defaults.http(), defaults.admin(), database, Optional.empty());
  }

  /** A clock that moves only when told. */
  private static final class StepClock extends Clock {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
