package dev.ucprov.core.checksync.auto;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DeviceRepository} that reports a device claimed, or replaced with other data than
 * templates saw ({@code model}, {@code label}, {@code variables}). Credentials and check-sync
 * settings are in no file the phone reads, so changing only them sends nothing. Thread-safe when
 * the delegate is.
 */
public final class WatchedDeviceRepository implements DeviceRepository {

  private final DeviceRepository delegate;
  private final ChangeSink sink;

  public WatchedDeviceRepository(DeviceRepository delegate, ChangeSink sink) {
    this.delegate = delegate;
    this.sink = sink;
  }

  @Override
  public PutOutcome put(Device device) {
    Optional<Device> before = delegate.find(device.mac());
    PutOutcome outcome = delegate.put(device);
    boolean changed =
        switch (outcome) {
          case PutOutcome.Created created -> true;
          case PutOutcome.Updated(Device after) ->
              before.isEmpty() || !servedTheSame(before.get(), after);
          case PutOutcome.ClaimedElsewhere refused -> false;
        };
    if (changed) {
      sink.changed(new Change.OfDevice(device.tenant(), device.mac()));
    }
    return outcome;
  }

  private static boolean servedTheSame(Device before, Device after) {
    return before.model().equals(after.model())
        && before.label().equals(after.label())
        && before.variables().equals(after.variables());
  }

  @Override
  public Optional<Device> find(MacAddress mac) {
    return delegate.find(mac);
  }

  @Override
  public List<Device> findByUsername(TenantId tenant, String username) {
    return delegate.findByUsername(tenant, username);
  }

  @Override
  public List<Device> findAllByUsername(String username) {
    return delegate.findAllByUsername(username);
  }

  @Override
  public Page list(TenantId tenant, DeviceQuery query) {
    return delegate.list(tenant, query);
  }

  @Override
  public boolean delete(TenantId tenant, MacAddress mac) {
    return delegate.delete(tenant, mac);
  }
}
