package dev.ucprov.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeviceActivityTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final MacAddress MAC = new MacAddress("0004f2000001");
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123456789Z");
  private static final List<String> AGENTS =
      List.of(
          "",
          "curl/8.5.0",
          "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application",
          "FileTransport PolycomVVX-VVX_410-UA/5.4.1.1234 Type/Updater",
          "FileTransport PolycomVVX-VVX_450-UA/6.1.0.1 Type/Application",
          "FileTransport PolycomVVX-VVX_410-UA/6.0.0.1");

  @Test
  void foldingGivesWhatApplyingEachSightingInTurnGives() {
    Random random = new Random(20261126);
    for (int round = 0; round < 200; round++) {
      List<Sighting> sightings = randomSightings(random, 1 + random.nextInt(260));
      Optional<DeviceStatus> before =
          random.nextBoolean()
              ? Optional.empty()
              : Optional.of(stepByStep(randomSightings(random, 30), Optional.empty()));
      Optional<UnknownDevice> unknownBefore =
          random.nextBoolean()
              ? Optional.empty()
              : Optional.of(new UnknownDevice(MAC, T0.minusSeconds(60), T0, "192.0.2.1", "old", 9));

      DeviceActivity activity = fold(sightings);

      assertThat(activity.nextStatus(before)).isEqualTo(stepByStep(sightings, before));
      Optional<UnknownDevice> unknown = unknownBefore;
      for (Sighting sighting : sightings) {
        unknown = Optional.of(sighting.nextUnknown(unknown));
      }
      assertThat(activity.nextUnknown(unknownBefore)).isEqualTo(unknown.orElseThrow());
      assertThat(activity.sightings()).isEqualTo(sightings.size());
    }
  }

  @Test
  void theRingKeepsTheNewestHundredNewestFirstAndSaysWhenItIsFull() {
    List<Sighting> sightings = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      sightings.add(sighting(i, "", "req-" + i));
    }

    DeviceActivity activity = fold(sightings.subList(0, 99));
    assertThat(activity.requests().full()).isFalse();
    activity = fold(sightings);

    assertThat(activity.requests().full()).isTrue();
    assertThat(activity.requests().newestFirst())
        .extracting(RequestRecord::path)
        .containsExactlyElementsOf(
            sightings.subList(150, 250).reversed().stream().map(s -> s.request().path()).toList());
  }

  @Test
  void aRepeatedPathIsKeptOnce() {
    DeviceActivity activity =
        fold(List.of(sighting(0, "", new String("a.cfg")), sighting(1, "", new String("a.cfg"))));

    List<RequestRecord> kept = activity.requests().newestFirst();
    assertThat(kept.get(0).path()).isSameAs(kept.get(1).path());
  }

  private static DeviceActivity fold(List<Sighting> sightings) {
    ActivityBatch batch = ActivityBatch.of(sightings);
    assertThat(batch.activities()).hasSize(1);
    return batch.activities().iterator().next();
  }

  private static DeviceStatus stepByStep(List<Sighting> sightings, Optional<DeviceStatus> before) {
    Optional<DeviceStatus> status = before;
    for (Sighting sighting : sightings) {
      List<RequestRecord> recent = new ArrayList<>();
      recent.add(sighting.request());
      status.ifPresent(s -> recent.addAll(s.recentRequests()));
      status =
          Optional.of(
              sighting.nextStatus(
                  status,
                  recent.subList(0, Math.min(recent.size(), DeviceInventory.RECENT_REQUESTS))));
    }
    return status.orElseThrow();
  }

  private static List<Sighting> randomSightings(Random random, int count) {
    List<Sighting> sightings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sightings.add(
          new Sighting(
              ACME,
              Optional.of(MAC),
              "192.0.2." + random.nextInt(4),
              AGENTS.get(random.nextInt(AGENTS.size())),
              new RequestRecord(
                  T0.plusNanos(1000L * i + random.nextInt(1000)),
                  Protocol.values()[random.nextInt(Protocol.values().length)],
                  random.nextBoolean() ? "GET" : "PUT",
                  "file-" + random.nextInt(5) + ".cfg",
                  random.nextBoolean() ? 200 : 404,
                  random.nextInt(5000))));
    }
    return sightings;
  }

  private static Sighting sighting(int n, String agent, String path) {
    return new Sighting(
        ACME,
        Optional.of(MAC),
        "192.0.2.1",
        agent,
        new RequestRecord(T0.plusSeconds(n), Protocol.HTTP, "GET", path, 200, 1));
  }
}
