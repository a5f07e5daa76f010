package dev.ucprov.store.cache;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The 64-bit fingerprints of the keys a store holds, each key two strings (a scope or tenant, and a
 * path or name), so that a lookup of a key the store does not hold is answered from memory. A phone
 * asks for many names nobody stored ({@code <MAC>.cfg}, its override files, in its tenant and in
 * the shared files), each once per boot; in a storm of first boots none of them is in a
 * read-through cache yet, and each would cost a database read off the network thread (ADR 0023).
 *
 * <p>Only a complete set may say "not held": one filled from every key in the database, by a
 * process that is the database's only writer and adds each key before writing it. A fingerprint
 * found may still be a key deleted since, or (one chance in about 2^64 / keys) another key's: the
 * lookup then goes on to the cache and the database, as without this set. {@link #unknown()} is the
 * set for a database other processes write too: it holds everything.
 *
 * <p>Memory: 8 bytes a slot, at most half the slots used, so 16 to 32 bytes a key.
 *
 * <p>Thread-safety: {@link #mayHold} takes no lock (one volatile read of the table, then volatile
 * reads of its slots); {@link #add} is serialised by a lock and publishes each fingerprint with a
 * volatile write, and a grown table is filled before it is published.
 */
public final class Fingerprints {

  private static final int FIRST_CAPACITY = 1 << 10;
  private static final long EMPTY = 0;

  private final boolean complete;
  private final ReentrantLock writing = new ReentrantLock();
  private volatile AtomicLongArray table = new AtomicLongArray(FIRST_CAPACITY);
  // Guarded by writing.
  private int size;

  private Fingerprints(boolean complete) {
    this.complete = complete;
  }

  /** Holds everything: for a database other processes may write. */
  public static Fingerprints unknown() {
    return new Fingerprints(false);
  }

  /**
   * A complete set of the keys {@code scan} reports: it must report every key stored, and the
   * caller must add every key it stores from then on, before storing it.
   */
  public static Fingerprints complete(Consumer<BiConsumer<String, String>> scan) {
    Fingerprints fingerprints = new Fingerprints(true);
    scan.accept(fingerprints::add);
    return fingerprints;
  }

  /** Whether {@code scan} filled this set, so that {@link #mayHold} can answer false. */
  public boolean isComplete() {
    return complete;
  }

  /** False only when the key is certainly not stored. */
  public boolean mayHold(String scope, String name) {
    if (!complete) {
      return true;
    }
    long fingerprint = fingerprint(scope, name);
    AtomicLongArray slots = table;
    int mask = slots.length() - 1;
    for (int i = slot(fingerprint, mask); ; i = (i + 1) & mask) {
      long found = slots.get(i);
      if (found == fingerprint) {
        return true;
      }
      if (found == EMPTY) {
        return false;
      }
    }
  }

  /** Adds a key about to be stored. */
  public void add(String scope, String name) {
    if (!complete) {
      return;
    }
    long fingerprint = fingerprint(scope, name);
    writing.lock();
    try {
      AtomicLongArray slots = table;
      if (insert(slots, fingerprint)) {
        size++;
        if (size * 2 > slots.length()) {
          table = grown(slots);
        }
      }
    } finally {
      writing.unlock();
    }
  }

  /** Keys added, for tests and measurements (duplicates and collisions count once). */
  public int size() {
    writing.lock();
    try {
      return size;
    } finally {
      writing.unlock();
    }
  }

  private static AtomicLongArray grown(AtomicLongArray slots) {
    AtomicLongArray bigger = new AtomicLongArray(slots.length() * 2);
    for (int i = 0; i < slots.length(); i++) {
      long fingerprint = slots.get(i);
      if (fingerprint != EMPTY) {
        insert(bigger, fingerprint);
      }
    }
    return bigger;
  }

  /** Whether the fingerprint was new to these slots. */
  private static boolean insert(AtomicLongArray slots, long fingerprint) {
    int mask = slots.length() - 1;
    for (int i = slot(fingerprint, mask); ; i = (i + 1) & mask) {
      long found = slots.get(i);
      if (found == fingerprint) {
        return false;
      }
      if (found == EMPTY) {
        slots.set(i, fingerprint);
        return true;
      }
    }
  }

  private static int slot(long fingerprint, int mask) {
    return (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
  }

  /**
   * FNV-1a over both strings' characters with a separator between them (so "ab","c" and "a","bc"
   * differ), finished with MurmurHash3's 64-bit mix so that the low bits, which pick the slot,
   * depend on every character. Never {@link #EMPTY}.
   */
  static long fingerprint(String scope, String name) {
    long hash = 0xcbf29ce484222325L;
    hash = mixIn(hash, scope);
    hash = (hash ^ 0x10000) * 0x100000001b3L;
    hash = mixIn(hash, name);
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash == EMPTY ? 1 : hash;
  }

  private static long mixIn(long hash, String text) {
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
    }
    return hash;
  }
}
