package dev.ucprov.core.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AbuseGuardTest {

  static final AbuseLimits LIMITS =
      new AbuseLimits(
          Duration.ofSeconds(60), 3, 5, Duration.ofMillis(500), Duration.ofMinutes(10), 1000);

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  final List<String> lines = new CopyOnWriteArrayList<>();
  final AbuseGuard guard = new AbuseGuard(LIMITS, clock, lines::add);

  static SecurityEvent failure(String source) {
    return new SecurityEvent.AuthFailed(source, new TenantId("acme"), "alice", "acme/a.cfg");
  }

  void fail(String source, int times) {
    for (int i = 0; i < times; i++) {
      guard.record(failure(source));
    }
  }

  @Test
  void anAddressWithoutEventsIsAdmittedAndNotTracked() {
    assertThat(guard.admit("192.0.2.1")).isEqualTo(Admission.admitted());
    assertThat(guard.trackedSources()).isZero();
  }

  @Test
  void belowTheThresholdNothingChanges() {
    fail("192.0.2.1", 2);
    assertThat(guard.admit("192.0.2.1")).isEqualTo(Admission.admitted());
  }

  @Test
  void pastTheFirstThresholdTheAddressIsSlowed() {
    fail("192.0.2.1", 3);
    assertThat(guard.admit("192.0.2.1")).isEqualTo(new Admission.Slowed(Duration.ofMillis(500)));
    assertThat(guard.admit("192.0.2.2")).isEqualTo(Admission.admitted());
  }

  @Test
  void eventsOlderThanTheWindowNoLongerCount() {
    fail("192.0.2.1", 2);
    clock.advance(Duration.ofSeconds(61));
    fail("192.0.2.1", 2);
    assertThat(guard.admit("192.0.2.1")).isEqualTo(Admission.admitted());
    clock.advance(Duration.ofSeconds(30));
    fail("192.0.2.1", 1);
    assertThat(guard.admit("192.0.2.1")).isInstanceOf(Admission.Slowed.class);
    clock.advance(Duration.ofSeconds(31));
    assertThat(guard.admit("192.0.2.1")).isEqualTo(Admission.admitted());
  }

  @Test
  void pastTheSecondThresholdTheAddressIsRefusedForThePenaltyThenStartsAfresh() {
    fail("192.0.2.1", 5);
    assertThat(guard.admit("192.0.2.1")).isEqualTo(new Admission.Refused(Duration.ofMinutes(10)));
    clock.advance(Duration.ofMinutes(4));
    assertThat(guard.admit("192.0.2.1")).isEqualTo(new Admission.Refused(Duration.ofMinutes(6)));
    clock.advance(Duration.ofMinutes(6));
    assertThat(guard.admit("192.0.2.1")).isEqualTo(Admission.admitted());
    fail("192.0.2.1", 1);
    assertThat(guard.admit("192.0.2.1")).isEqualTo(Admission.admitted());
  }

  @Test
  void everyEventWritesOneLine() {
    fail("192.0.2.1", 4);
    assertThat(lines)
        .hasSize(4)
        .allMatch(l ->
            l.equals(
                "2026-11-25T10:00:00Z auth-failed from 192.0.2.1 tenant=acme user=alice"
                    + " path=acme/a.cfg"));
  }

  @Test
  void manyAddressesStayWithinTheBoundAndTheBusiestRecentOnesAreKept() {
    AbuseGuard small =
        new AbuseGuard(
            new AbuseLimits(
                Duration.ofSeconds(60), 3, 5, Duration.ZERO, Duration.ofMinutes(10), 100),
            clock,
            line -> {});
    for (int i = 0; i < 5; i++) {
      small.record(failure("198.51.100.1"));
    }
    for (int i = 0; i < 10_000; i++) {
      clock.advance(Duration.ofMillis(1));
      small.record(failure("2001:db8::" + Integer.toHexString(i)));
      assertThat(small.trackedSources()).isLessThanOrEqualTo(100);
    }
    // The refused address was active least recently, so it went; the newest ones remain.
    assertThat(small.admit("2001:db8::" + Integer.toHexString(9_999)))
        .isEqualTo(Admission.admitted());
    assertThat(small.trackedSources()).isBetween(1, 100);
  }

  @Test
  void addressesWithNothingLeftToCountAreForgottenFirst() {
    AbuseGuard small =
        new AbuseGuard(
            new AbuseLimits(Duration.ofSeconds(60), 2, 3, Duration.ZERO, Duration.ofMinutes(10), 4),
            clock,
            line -> {});
    small.record(failure("192.0.2.1"));
    small.record(failure("192.0.2.1"));
    small.record(failure("192.0.2.2"));
    small.record(failure("192.0.2.3"));
    clock.advance(Duration.ofSeconds(30));
    small.record(failure("192.0.2.1"));
    small.record(failure("192.0.2.4"));
    clock.advance(Duration.ofSeconds(40));
    small.record(failure("192.0.2.5"));

    assertThat(small.admit("192.0.2.1")).isInstanceOf(Admission.Refused.class);
    assertThat(small.trackedSources()).isEqualTo(3);
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new AbuseLimits(Duration.ZERO, 1, 1, Duration.ZERO, Duration.ZERO, 1))
        .hasMessageContaining("window");
    assertThatThrownBy(
            () -> new AbuseLimits(Duration.ofSeconds(1), 5, 4, Duration.ZERO, Duration.ZERO, 1))
        .hasMessageContaining("refuse-after (4) must be at least slow-after (5)");
  }
}
