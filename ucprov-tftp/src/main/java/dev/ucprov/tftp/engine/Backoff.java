package dev.ucprov.tftp.engine;

/**
 * The retransmission timer of one transfer: the first wait, doubled on each retry up to the
 * longest, and a retry count that progress resets. Not thread-safe.
 */
final class Backoff {

  private final long first;
  private final long longest;
  private final int retries;
  private long wait;
  private int tries;
  private long deadline;

  Backoff(long firstNanos, TransferLimits limits) {
    this.first = firstNanos;
    this.longest = Math.max(firstNanos, limits.maxTimeout().toNanos());
    this.retries = limits.retries();
    this.wait = firstNanos;
  }

  /** The peer made progress: the wait starts over; returns the new deadline. */
  long progressed(long now) {
    tries = 0;
    wait = first;
    deadline = now + wait;
    return deadline;
  }

  /** Whether another retry is allowed; if so the wait has doubled and {@link #deadline} moved. */
  boolean retry(long now) {
    if (tries >= retries) {
      return false;
    }
    tries++;
    wait = Math.min(wait * 2, longest);
    deadline = now + wait;
    return true;
  }

  /** Whether the deadline has passed; a tick before it is spurious and changes nothing. */
  boolean due(long now) {
    return now - deadline >= 0;
  }

  long deadline() {
    return deadline;
  }
}
