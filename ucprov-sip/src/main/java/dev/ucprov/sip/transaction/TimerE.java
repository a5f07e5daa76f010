package dev.ucprov.sip.transaction;

/**
 * Timer E of one transaction (RFC 3261 §17.1.2.2): first after T1, then doubling up to T2 while
 * Trying, T2 once Proceeding. Off on reliable transports. Confined to the transaction's thread.
 */
final class TimerE {

  private final SipTimers timers;
  private final boolean off;
  private long interval;
  private long next;
  private boolean proceeding;

  TimerE(SipTimers timers, boolean reliable, long startNanos) {
    this.timers = timers;
    this.off = reliable;
    this.interval = timers.t1().toNanos();
    this.next = startNanos + interval;
  }

  boolean due(long nowNanos) {
    return !off && nowNanos - next >= 0;
  }

  /** Nanoseconds until it fires; {@link Long#MAX_VALUE} when off. */
  long remaining(long nowNanos) {
    return off ? Long.MAX_VALUE : Math.max(0, next - nowNanos);
  }

  /** Called after each retransmission: the next interval is MIN(2*interval, T2), or T2. */
  void fired(long nowNanos) {
    long t2 = timers.t2().toNanos();
    interval = proceeding ? t2 : Math.min(2 * interval, t2);
    next = nowNanos + interval;
  }

  /** A provisional response arrived: the running interval ends as planned, then T2 each time. */
  void proceeding() {
    proceeding = true;
  }
}
