package dev.ucprov.http.auth;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which nonce counts were used, so a Digest response is accepted once (RFC 7616 §3.4 and §5.4). Per
 * nonce: the highest {@code nc} accepted and which of the 64 below it were, so requests a client
 * sends in parallel may arrive out of order. A nonce of the RFC 2069 form (no {@code nc}) is used
 * once, as count 0.
 *
 * <p>Memory is bounded: past {@code capacity} nonces, the expired are forgotten, then the oldest
 * issued, and every nonce issued up to the newest forgotten one becomes unusable (its client is
 * asked to retry with a fresh nonce), so forgetting never lets a replay through. Thread-safe.
 */
final class NonceLedger {

  private static final int WINDOW = 64;

  private final int capacity;
  private final Map<String, Counts> nonces = new ConcurrentHashMap<>();
  private volatile long floor = Long.MIN_VALUE;

  NonceLedger(int capacity) {
    this.capacity = capacity;
  }

  /** Whether a nonce issued at {@code issuedAt} can still be used at all. */
  boolean usable(long issuedAt) {
    return issuedAt > floor;
  }

  /** Whether {@code nc} of {@code nonce} was already accepted; does not accept it. */
  boolean used(String nonce, long nc) {
    Counts counts = nonces.get(nonce);
    return counts != null && counts.used(nc);
  }

  /**
   * Accepts {@code nc} of {@code nonce} if it was not accepted before; false for a replay.
   *
   * @param expiredBefore issue times before this are expired, for making room
   */
  boolean accept(String nonce, long issuedAt, long nc, long expiredBefore) {
    if (!nonces.containsKey(nonce) && nonces.size() >= capacity) {
      makeRoom(expiredBefore);
    }
    if (!usable(issuedAt)) {
      return false;
    }
    return nonces.computeIfAbsent(nonce, n -> new Counts(issuedAt)).accept(nc);
  }

  int size() {
    return nonces.size();
  }

  private synchronized void makeRoom(long expiredBefore) {
    if (nonces.size() < capacity) {
      return;
    }
    nonces.values().removeIf(c -> c.issuedAt < expiredBefore);
    int excess = nonces.size() - capacity * 3 / 4;
    if (excess > 0) {
      nonces.entrySet().stream()
          .sorted(Comparator.comparingLong(e -> e.getValue().issuedAt))
          .limit(excess)
          .toList()
          .forEach(e -> {
            floor = Math.max(floor, e.getValue().issuedAt);
            nonces.remove(e.getKey());
          });
    }
  }

  /** The accepted counts of one nonce; guarded by its monitor. */
  private static final class Counts {
    final long issuedAt;
    private long highest = -1;
    private long below;

    Counts(long issuedAt) {
      this.issuedAt = issuedAt;
    }

    synchronized boolean used(long nc) {
      if (nc > highest) {
        return false;
      }
      long distance = highest - nc;
      return distance > WINDOW || distance == 0 || (below & (1L << (distance - 1))) != 0;
    }

    synchronized boolean accept(long nc) {
      if (used(nc)) {
        return false;
      }
      if (nc > highest) {
        long shift = highest < 0 ? WINDOW : nc - highest;
        below = shift >= WINDOW ? 0 : below << shift;
        if (highest >= 0 && shift <= WINDOW) {
          below |= 1L << (shift - 1);
        }
        highest = nc;
      } else {
        below |= 1L << (highest - nc - 1);
      }
      return true;
    }
  }
}
