package dev.ucprov.sip.transaction;

import java.time.Duration;

/**
 * The RFC 3261 §17.1.2.2 timers. T1 is the round-trip estimate (500 ms), T2 the cap of the
 * retransmission interval (4 s); timer F, the transaction's deadline, is 64*T1 (32 s). Tests shrink
 * T1 to run in milliseconds.
 */
public record SipTimers(Duration t1, Duration t2) {

  public static final SipTimers RFC_3261 =
      new SipTimers(Duration.ofMillis(500), Duration.ofSeconds(4));

  public SipTimers {
    if (t1.isNegative() || t1.isZero() || t2.compareTo(t1) < 0) {
      throw new IllegalArgumentException(
          "SIP timers need 0 < T1 <= T2, got T1=" + t1 + " T2=" + t2);
    }
  }

  public Duration timerF() {
    return t1.multipliedBy(64);
  }
}
