package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.ActivityBatch;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InventoryRecorderTest {

  private final Served served = new Served();

  @Test
  void aBootStormIsWrittenInFewBatches() {
    served.tenant("acme");
    for (int i = 0; i < 50; i++) {
      served.device("acme", String.format("0004f2%06x", i), Map.of());
    }
    try (InventoryRecorder recorder =
        new InventoryRecorder(
            served.store.inventory(), 10_000, 500, Duration.ofMillis(200), e -> {})) {
      for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 50; i++) {
          recorder.seen(sighting("acme", String.format("0004f2%06x", i), round));
        }
      }
    }

    assertThat(served.store.inventory().batchesRecorded()).isBetween(2, 10);
    DeviceStatus status = served.store.inventory().status(mac("0004f2000007")).orElseThrow();
    assertThat(status.recentRequests()).hasSize(20);
    assertThat(status.lastSeen()).isEqualTo(Served.T0.plusSeconds(19));
  }

  @Test
  void aLoneSightingIsWrittenWithinTheDelay() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    DeviceInventory inventory = recording(new CopyOnWriteArrayList<>(), written);
    try (InventoryRecorder recorder =
        new InventoryRecorder(inventory, 100, 100, Duration.ofMillis(50), e -> {})) {
      recorder.seen(sighting("acme", "0004f2000001", 0));

      assertThat(written.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(recorder.queueDepth()).isZero();
    }
  }

  @Test
  void unknownDevicesAreRecordedThroughTheService() throws Exception {
    served.tenant("acme");
    served.file("acme", "000000000000.cfg", "default");
    try (InventoryRecorder recorder =
        InventoryRecorder.standard(served.store.inventory(), e -> {})) {
      ProvisioningService service =
          new ProvisioningService(served.store.tenants(), served.files, recorder, served.clock);
      for (String path : List.of("acme/0004f2abcdef.cfg", "acme/000000000000.cfg")) {
        FileRequest request = Served.request(Optional.empty(), path);
        FileReply reply = service.fetch(request);
        service.answered(request, reply, "GET", reply instanceof FileReply.Served ? 200 : 404, 7);
      }
    }

    List<UnknownDevice> unknown = served.store.inventory().unknownDevices(new TenantId("acme"));
    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).mac()).isEqualTo(mac("0004f2abcdef"));
    assertThat(unknown.get(0).userAgent()).isEqualTo(Served.AGENT);
    assertThat(unknown.get(0).lastAddress()).isEqualTo("192.0.2.10");
  }

  @Test
  void answeredRecordsTheRequestAsSentAndNothingForNoTenantOrNoMac() {
    served.tenant("acme");
    served.device("acme", "0004f2000001", Map.of());
    served.file("acme", "[PHONE_MAC_ADDRESS].cfg", "x");
    served.file("acme", "sip.ld", "firmware");
    FileRequest request = Served.request(Optional.empty(), "acme/0004F2000001.cfg");
    FileRequest lost = Served.request(Optional.empty(), "nobody/0004f2000001.cfg");
    FileRequest firmware = Served.request(Optional.empty(), "acme/sip.ld");

    served.service.answered(request, served.service.fetch(request), "HEAD", 200, 0);
    served.service.answered(lost, served.service.fetch(lost), "GET", 404, 0);
    served.service.answered(firmware, served.service.fetch(firmware), "GET", 200, 8);

    assertThat(served.sightings)
        .containsExactly(
            new Sighting(
                new TenantId("acme"),
                Optional.of(mac("0004f2000001")),
                "192.0.2.10",
                Served.AGENT,
                new RequestRecord(
                    Served.T0, Protocol.HTTP, "HEAD", "acme/0004F2000001.cfg", 200, 0)));
  }

  @Test
  void aFullQueueDropsAndCountsWithoutBlocking() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    DeviceInventory stuck = new Blocking(entered, release);
    try (InventoryRecorder recorder = new InventoryRecorder(stuck, 3, 1, Duration.ZERO, e -> {})) {
      recorder.seen(sighting("acme", "0004f2000001", 0));
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 5; i++) {
        recorder.seen(sighting("acme", "0004f2000001", i));
      }

      assertThat(recorder.queueDepth()).isEqualTo(3);
      assertThat(recorder.dropped()).isEqualTo(2);
      release.countDown();
    }
  }

  @Test
  void aBusyBatchIsGatheredUntilTheBusyDelay() throws Exception {
    List<ActivityBatch> batches = new CopyOnWriteArrayList<>();
    try (InventoryRecorder recorder =
        new InventoryRecorder(
            recording(batches, new CountDownLatch(1)),
            1000,
            1000,
            Duration.ofMillis(50),
            Duration.ofSeconds(30),
            10,
            e -> {})) {
      for (int i = 0; i < 20; i++) {
        recorder.seen(sighting("acme", "0004f2000001", i));
      }
      Thread.sleep(300);

      assertThat(batches).isEmpty();
    }
    assertThat(batches).hasSize(1);
    assertThat(batches.get(0).sightings()).isEqualTo(20);
  }

  @Test
  void aQuietBatchIsWrittenAfterTheDelay() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    List<ActivityBatch> batches = new CopyOnWriteArrayList<>();
    try (InventoryRecorder recorder =
        new InventoryRecorder(
            recording(batches, written),
            1000,
            1000,
            Duration.ofMillis(50),
            Duration.ofSeconds(30),
            10,
            e -> {})) {
      recorder.seen(sighting("acme", "0004f2000001", 0));

      assertThat(written.await(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void closeWritesWhatIsQueuedAndLaterSightingsAreDropped() {
    List<ActivityBatch> batches = new CopyOnWriteArrayList<>();
    InventoryRecorder recorder =
        new InventoryRecorder(
            recording(batches, new CountDownLatch(1)), 1000, 1000, Duration.ofHours(1), e -> {});
    for (int i = 0; i < 10; i++) {
      recorder.seen(sighting("acme", "0004f2000001", i));
    }

    recorder.close();
    recorder.seen(sighting("acme", "0004f2000001", 99));

    assertThat(batches.stream().mapToInt(ActivityBatch::sightings).sum()).isEqualTo(10);
    assertThat(recorder.dropped()).isEqualTo(1);
  }

  @Test
  void closeDoesNotWaitForALongBatchDelay() throws Exception {
    List<ActivityBatch> batches = new CopyOnWriteArrayList<>();
    InventoryRecorder recorder =
        new InventoryRecorder(
            recording(batches, new CountDownLatch(1)), 1000, 1000, Duration.ofHours(1), e -> {});
    recorder.seen(sighting("acme", "0004f2000001", 1));
    // Let the drainer take the sighting and start waiting for more within its hour-long delay.
    while (recorder.queueDepth() > 0) {
      Thread.sleep(5);
    }
    Thread.sleep(100);

    assertTimeoutPreemptively(Duration.ofSeconds(10), recorder::close);
    assertThat(batches.stream().mapToInt(ActivityBatch::sightings).sum()).isEqualTo(1);
  }

  @Test
  void aRefusedBatchIsReportedAndTheRecorderCarriesOn() throws Exception {
    List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    List<ActivityBatch> written = new CopyOnWriteArrayList<>();
    DeviceInventory flaky =
        new Recording(written, new CountDownLatch(0)) {
          @Override
          public void record(ActivityBatch batch) {
            if (batch.activities().stream().anyMatch(a -> a.mac().equals(mac("0004f2000666")))) {
              throw new IllegalStateException("database down");
            }
            super.record(batch);
          }
        };
    try (InventoryRecorder recorder =
        new InventoryRecorder(flaky, 100, 1, Duration.ZERO, failures::add)) {
      recorder.seen(sighting("acme", "0004f2000666", 0));
      recorder.seen(sighting("acme", "0004f2000001", 1));
    }

    assertThat(failures).extracting(Throwable::getMessage).containsExactly("database down");
    assertThat(written).hasSize(1);
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(
            () -> new InventoryRecorder(served.store.inventory(), 0, 1, Duration.ZERO, e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Sighting sighting(String tenant, String mac, long seconds) {
    return new Sighting(
        new TenantId(tenant),
        Optional.of(mac(mac)),
        "192.0.2.10",
        Served.AGENT,
        new RequestRecord(
            Served.T0.plusSeconds(seconds), Protocol.HTTP, "GET", mac + ".cfg", 200, 10));
  }

  private static MacAddress mac(String mac) {
    return MacAddress.parse(mac);
  }

  private static DeviceInventory recording(List<ActivityBatch> batches, CountDownLatch written) {
    return new Recording(batches, written);
  }

  /** Keeps every batch and counts the latch down on each. */
  private static class Recording implements DeviceInventory {
    private final List<ActivityBatch> batches;
    private final CountDownLatch written;

    Recording(List<ActivityBatch> batches, CountDownLatch written) {
      this.batches = batches;
      this.written = written;
    }

    @Override
    public void record(ActivityBatch batch) {
      batches.add(batch);
      written.countDown();
    }

    @Override
    public Optional<DeviceStatus> status(MacAddress mac) {
      return Optional.empty();
    }

    @Override
    public List<UnknownDevice> unknownDevices(TenantId tenant) {
      return List.of();
    }
  }

  /** Blocks in the first record until released. */
  private static final class Blocking extends Recording {
    private final CountDownLatch entered;
    private final CountDownLatch release;

    Blocking(CountDownLatch entered, CountDownLatch release) {
      super(new CopyOnWriteArrayList<>(), new CountDownLatch(0));
      this.entered = entered;
      this.release = release;
    }

    @Override
    public void record(ActivityBatch batch) {
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      super.record(batch);
    }
  }
}
