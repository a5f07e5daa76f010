package dev.ucprov.sim.polling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.tree.MapTree;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code prov.polling.*} read as polycom-facts.md §6 says. */
class PollingScheduleTest {

  private static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");
  private static final ZoneId UTC = ZoneOffset.UTC;

  private static EffectiveConfig config(String attributes) {
    return new EffectiveConfigResolver(new ConfigReader())
        .resolve(
            MapTree.ofText(
                Map.of(
                    "000000000000.cfg",
                    "<APPLICATION CONFIG_FILES=\"site.cfg\"/>",
                    "site.cfg",
                    "<polycomConfig " + attributes + "/>")),
            MacAddress.parse("0004f2aabbcc"),
            Optional.empty());
  }

  private static Optional<Instant> next(String attributes) {
    return PollingSchedule.of(config(attributes)).next(NOON, UTC, new SplittableRandom(1));
  }

  @Test
  void offByDefault() {
    assertThat(PollingSchedule.of(config("a.b=\"1\""))).isEqualTo(new PollingSchedule.Off());
    assertThat(next("prov.polling.enabled=\"0\" prov.polling.mode=\"rel\"")).isEmpty();
  }

  @Test
  void absoluteIsTheNextThreeOClockByDefault() {
    assertThat(next("prov.polling.enabled=\"1\"")).contains(Instant.parse("2026-03-11T03:00:00Z"));
    assertThat(
            next(
                "prov.polling.enabled=\"1\" prov.polling.mode=\"abs\" prov.polling.time=\"13:30\""))
        .contains(Instant.parse("2026-03-10T13:30:00Z"));
  }

  @Test
  void relativeIsThePeriodButNeverUnderAnHour() {
    assertThat(
            next(
                "prov.polling.enabled=\"1\" prov.polling.mode=\"rel\" prov.polling.period=\"7200\""))
        .contains(NOON.plus(Duration.ofHours(2)));
    assertThat(
            next("prov.polling.enabled=\"1\" prov.polling.mode=\"rel\" prov.polling.period=\"60\""))
        .contains(NOON.plus(Duration.ofHours(1)));
    assertThat(
            next("prov.polling.enabled=\"1\" prov.polling.mode=\"rel\" prov.polling.period=\"x\""))
        .contains(NOON.plus(Duration.ofDays(1)));
  }

  @Test
  void randomFallsInsideTheWindowEvenAcrossMidnight() {
    var schedule = new PollingSchedule.RandomWindow(LocalTime.of(23, 0), LocalTime.of(1, 0));
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      Instant at = schedule.next(NOON, UTC, random).orElseThrow();
      assertThat(at)
          .isBetween(Instant.parse("2026-03-10T23:00:00Z"), Instant.parse("2026-03-11T01:00:00Z"));
    }
    assertThat(
            PollingSchedule.of(
                config(
                    "prov.polling.enabled=\"1\" prov.polling.mode=\"random\" prov.polling.time=\"02:00\""
                        + " prov.polling.timeRandomEnd=\"04:00\"")))
        .isEqualTo(new PollingSchedule.RandomWindow(LocalTime.of(2, 0), LocalTime.of(4, 0)));
  }
}
