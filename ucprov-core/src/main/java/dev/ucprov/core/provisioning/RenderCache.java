package dev.ucprov.core.provisioning;

import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.template.RenderContext.ServerValues;
import dev.ucprov.core.tenant.Tenant;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered files, least recently used first out, bounded by count and by bytes. The key holds every
 * input of a rendering (the template's content hash, the whole device and tenant records, the
 * server values), so any change to one of them misses and nothing needs invalidating; entries for
 * inputs that no longer exist simply age out. Failed renderings are not kept.
 *
 * <p>Thread-safe: one monitor guards the map; the counters are atomic.
 */
public final class RenderCache {

  /** Everything a rendering depends on. */
  record Key(String templateSha256, Optional<Device> device, Tenant tenant, ServerValues server) {

    /**
     * Hashes what names the rendering (template, MAC, tenant id), not the device's and tenant's
     * variables, which would be hashed again on every request; equal keys still hash alike, and
     * only renderings of one device for different records share a hash.
     */
    @Override
    public int hashCode() {
      int hash = templateSha256.hashCode();
      hash = 31 * hash + device.map(d -> d.mac().hashCode()).orElse(0);
      return 31 * hash + tenant.id().hashCode();
    }
  }

  /** A rendering, with its hash and when it was made (its Last-Modified). */
  record Entry(byte[] content, String sha256, Instant renderedAt) {}

  public static final int DEFAULT_ENTRIES = 20_000;
  public static final long DEFAULT_BYTES = 64L * 1024 * 1024;

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private long bytes;

  /**
   * @param maxEntries at most this many renderings
   * @param maxBytes at most this many bytes of rendered content in all
   */
  public RenderCache(int maxEntries, long maxBytes) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException(
          "a render cache needs room: entries " + maxEntries + ", bytes " + maxBytes);
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** A cache of {@link #DEFAULT_ENTRIES} renderings and {@link #DEFAULT_BYTES} bytes. */
  public static RenderCache standard() {
    return new RenderCache(DEFAULT_ENTRIES, DEFAULT_BYTES);
  }

  Optional<Entry> get(Key key) {
    Entry entry;
    synchronized (this) {
      entry = entries.get(key);
    }
    (entry == null ? misses : hits).incrementAndGet();
    return Optional.ofNullable(entry);
  }

  void put(Key key, Entry entry) {
    if (entry.content().length > maxBytes) {
      return;
    }
    synchronized (this) {
      Entry before = entries.put(key, entry);
      bytes += entry.content().length - (before == null ? 0 : before.content().length);
      var oldest = entries.entrySet().iterator();
      while (entries.size() > maxEntries || bytes > maxBytes) {
        Map.Entry<Key, Entry> out = oldest.next();
        bytes -= out.getValue().content().length;
        oldest.remove();
      }
    }
  }

  /** Lookups that found a rendering. */
  public long hits() {
    return hits.get();
  }

  /** Lookups that had to render. */
  public long misses() {
    return misses.get();
  }

  /** Renderings held now. */
  public synchronized int size() {
    return entries.size();
  }
}
