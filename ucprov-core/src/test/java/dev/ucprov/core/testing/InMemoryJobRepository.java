package dev.ucprov.core.testing;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceState;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobDevice;
import dev.ucprov.core.checksync.JobId;
import dev.ucprov.core.checksync.JobRepository;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link JobRepository} in memory; see {@link InMemoryStore} for thread-safety. */
public final class InMemoryJobRepository implements JobRepository {

  /** A job with its lease and its devices in the order they are sent. */
  static final class Entry {
    Job job;
    String owner;
    Instant heartbeat;
    final Map<MacAddress, JobDevice> devices = new LinkedHashMap<>();

    Entry(Job job, String owner, Instant heartbeat) {
      this.job = job;
      this.owner = owner;
      this.heartbeat = heartbeat;
    }
  }

  private final InMemoryStore store;

  InMemoryJobRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public void create(Job job, List<MacAddress> devices, String owner, Instant now) {
    synchronized (store) {
      store.requireTenant(job.tenant(), "job " + job.id());
      Entry entry = new Entry(job, owner, now);
      devices.forEach(mac -> entry.devices.put(mac, JobDevice.pending(mac)));
      store.jobs.put(job.id(), entry);
    }
  }

  @Override
  public Optional<Job> find(JobId id) {
    synchronized (store) {
      return Optional.ofNullable(store.jobs.get(id)).map(e -> e.job);
    }
  }

  @Override
  public List<Job> list(Optional<TenantId> tenant, int limit) {
    synchronized (store) {
      return store.jobs.values().stream()
          .map(e -> e.job)
          .filter(job -> tenant.isEmpty() || job.tenant().equals(tenant.get()))
          .sorted(Comparator.comparing(Job::created).reversed())
          .limit(limit)
          .toList();
    }
  }

  @Override
  public List<JobDevice> devices(JobId id) {
    synchronized (store) {
      return entry(id).map(e -> List.copyOf(e.devices.values())).orElse(List.of());
    }
  }

  @Override
  public Map<DeviceState, Integer> counts(JobId id) {
    synchronized (store) {
      Map<DeviceState, Integer> counts = new EnumMap<>(DeviceState.class);
      devices(id).forEach(d -> counts.merge(d.state(), 1, Integer::sum));
      return counts;
    }
  }

  @Override
  public List<MacAddress> pending(JobId id) {
    synchronized (store) {
      return devices(id).stream()
          .filter(d -> d.state() == DeviceState.PENDING)
          .map(JobDevice::mac)
          .toList();
    }
  }

  @Override
  public boolean sending(JobId id, MacAddress mac, String owner, Instant now) {
    synchronized (store) {
      Optional<Entry> entry = entry(id).filter(e -> owner.equals(e.owner));
      return entry.isPresent()
          && change(entry.get(), mac, DeviceState.PENDING, DeviceState.SENDING, 0, null, null, now);
    }
  }

  @Override
  public boolean delivered(JobId id, MacAddress mac, Delivery delivery, Instant now) {
    synchronized (store) {
      return entry(id)
          .filter(e ->
              change(
                  e,
                  mac,
                  DeviceState.SENDING,
                  DeviceState.of(delivery.outcome()),
                  delivery.status(),
                  delivery.reason(),
                  delivery.via(),
                  now))
          .isPresent();
    }
  }

  @Override
  public int interrupt(JobId id, String reason, Instant now) {
    synchronized (store) {
      Optional<Entry> entry = entry(id);
      if (entry.isEmpty()) {
        return 0;
      }
      int count = 0;
      for (JobDevice d : new ArrayList<>(entry.get().devices.values())) {
        if (change(
            entry.get(),
            d.mac(),
            DeviceState.SENDING,
            DeviceState.INTERRUPTED,
            0,
            reason,
            d.via().orElse(null),
            now)) {
          count++;
        }
      }
      return count;
    }
  }

  @Override
  public boolean finish(JobId id, String owner, Instant now) {
    synchronized (store) {
      Optional<Entry> entry =
          entry(id).filter(e -> e.job.finished().isEmpty() && owner.equals(e.owner));
      entry.ifPresent(e -> {
        e.job = withFinished(e.job, now);
        e.owner = null;
      });
      return entry.isPresent();
    }
  }

  @Override
  public List<Job> claim(String owner, Instant now, Instant staleBefore) {
    synchronized (store) {
      List<Job> claimed = new ArrayList<>();
      for (Entry e : store.jobs.values()) {
        boolean free = e.owner == null || e.heartbeat.isBefore(staleBefore);
        if (e.job.finished().isEmpty() && free) {
          e.owner = owner;
          e.heartbeat = now;
          claimed.add(e.job);
        }
      }
      claimed.sort(Comparator.comparing(Job::created));
      return claimed;
    }
  }

  @Override
  public List<JobId> heartbeat(String owner, Instant now) {
    synchronized (store) {
      List<JobId> owned = new ArrayList<>();
      for (Entry e : store.jobs.values()) {
        if (owner.equals(e.owner) && e.job.finished().isEmpty()) {
          e.heartbeat = now;
          owned.add(e.job.id());
        }
      }
      return owned;
    }
  }

  @Override
  public void release(String owner) {
    synchronized (store) {
      store.jobs.values().stream()
          .filter(e -> owner.equals(e.owner) && e.job.finished().isEmpty())
          .forEach(e -> e.owner = null);
    }
  }

  private Optional<Entry> entry(JobId id) {
    return Optional.ofNullable(store.jobs.get(id));
  }

  private static boolean change(
      Entry entry,
      MacAddress mac,
      DeviceState from,
      DeviceState to,
      int status,
      String reason,
      Delivery.Via via,
      Instant now) {
    JobDevice before = entry.devices.get(mac);
    if (before == null || before.state() != from) {
      return false;
    }
    entry.devices.put(
        mac,
        new JobDevice(
            mac,
            to,
            status,
            Optional.ofNullable(reason),
            Optional.ofNullable(via),
            Optional.of(now)));
    return true;
  }

  private static Job withFinished(Job job, Instant now) {
    return new Job(
        job.id(),
        job.tenant(),
        job.selection(),
        job.automatic(),
        job.limits(),
        job.created(),
        Optional.of(now));
  }
}
