package dev.ucprov.core.testing;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link UploadRepository} in memory; see {@link InMemoryStore} for thread-safety. Version times
 * come from the store's clock and never go backwards within one file's history.
 */
public final class InMemoryUploadRepository implements UploadRepository {

  /** One file's versions, oldest first, each with its place in the order of all appends. */
  static final class History {
    final UploadName name;
    final List<Entry> entries = new ArrayList<>();
    int latest;

    History(UploadName name) {
      this.name = name;
    }
  }

  /** A version and the append it came from, to find the oldest across files. */
  record Entry(long sequence, UploadVersion version) {}

  private final InMemoryStore store;
  private long sequence;

  InMemoryUploadRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public UploadVersion append(
      TenantId tenant, UploadName name, NewUpload upload, Retention retention) {
    synchronized (store) {
      Device device = store.devices.get(name.mac().value());
      if (device == null || !device.tenant().equals(tenant)) {
        throw new IllegalArgumentException(
            "upload " + name + ": " + name.mac() + " is not a device of tenant " + tenant);
      }
      History history = store.uploads.computeIfAbsent(key(tenant, name), k -> new History(name));
      Instant now = store.clock.instant();
      if (!history.entries.isEmpty() && now.isBefore(history.entries.getLast().version().time())) {
        now = history.entries.getLast().version().time();
      }
      UploadVersion next =
          new UploadVersion(
              ++history.latest,
              now,
              upload.source(),
              upload.credential(),
              upload.blob(),
              upload.restoredFrom());
      Entry added = new Entry(++sequence, next);
      history.entries.add(added);
      while (history.entries.size() > retention.versions()) {
        history.entries.removeFirst();
      }
      trimKind(tenant, name, retention.kindBytes(), added);
      return next;
    }
  }

  /** Drops the oldest versions of the device's files of this kind past {@code maxBytes}. */
  private void trimKind(TenantId tenant, UploadName name, long maxBytes, Entry added) {
    List<History> sameKind =
        store.uploads.entrySet().stream()
            .filter(e -> e.getKey().tenant().equals(tenant))
            .filter(e -> e.getKey().mac().equals(name.mac()))
            .map(Map.Entry::getValue)
            .filter(h -> h.name.kind() == name.kind())
            .toList();
    List<Entry> newestFirst =
        sameKind.stream()
            .flatMap(h -> h.entries.stream())
            .sorted(Comparator.comparingLong(Entry::sequence).reversed())
            .toList();
    long total = 0;
    boolean full = false;
    for (Entry entry : newestFirst) {
      total += entry.version().size();
      full = full || (entry != added && total > maxBytes);
      if (full) {
        sameKind.forEach(h -> h.entries.remove(entry));
      }
    }
  }

  @Override
  public Optional<UploadVersion> latest(TenantId tenant, UploadName name) {
    synchronized (store) {
      List<Entry> entries = entries(tenant, name);
      return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast().version());
    }
  }

  @Override
  public List<UploadVersion> versions(TenantId tenant, UploadName name) {
    synchronized (store) {
      return entries(tenant, name).reversed().stream().map(Entry::version).toList();
    }
  }

  @Override
  public Optional<UploadVersion> version(TenantId tenant, UploadName name, int version) {
    synchronized (store) {
      return entries(tenant, name).stream()
          .map(Entry::version)
          .filter(v -> v.version() == version)
          .findFirst();
    }
  }

  @Override
  public List<UploadedFile> files(TenantId tenant, MacAddress mac) {
    synchronized (store) {
      return store.uploads.entrySet().stream()
          .filter(e -> e.getKey().tenant().equals(tenant) && e.getKey().mac().equals(mac))
          .filter(e -> !e.getValue().entries.isEmpty())
          .map(e -> new UploadedFile(e.getValue().name, e.getValue().entries.getLast().version()))
          .sorted(Comparator.comparing(file -> file.name().name()))
          .toList();
    }
  }

  private List<Entry> entries(TenantId tenant, UploadName name) {
    History history = store.uploads.get(key(tenant, name));
    return history == null ? List.of() : history.entries;
  }

  private static InMemoryStore.UploadKey key(TenantId tenant, UploadName name) {
    return new InMemoryStore.UploadKey(tenant, name.mac(), name.name());
  }
}
