package dev.ucprov.core.checksync;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceRepository.Listed;
import dev.ucprov.core.inventory.DeviceRepository.Page;
import dev.ucprov.core.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The MACs a {@link Selection} names in a tenant, ordered by MAC. Thread-safe. */
public final class DeviceSelector {

  private final DeviceRepository devices;

  public DeviceSelector(DeviceRepository devices) {
    this.devices = devices;
  }

  /**
   * @return for {@link Selection.Macs} the MACs as given, which the caller checked belong to the
   *     tenant; otherwise every matching device, read page by page
   */
  public List<MacAddress> select(TenantId tenant, Selection selection) {
    return switch (selection) {
      case Selection.Macs(List<MacAddress> macs) -> macs;
      case Selection.All() ->
          matching(tenant, Optional.empty(), Optional.empty(), Optional.empty());
      case Selection.Filter(var model, var label, var notSeenSince) ->
          matching(tenant, model, label, notSeenSince);
    };
  }

  /** Whether {@code mac} is a device of {@code tenant}. */
  public boolean belongs(TenantId tenant, MacAddress mac) {
    return devices.find(mac).map(Device::tenant).filter(tenant::equals).isPresent();
  }

  private List<MacAddress> matching(
      TenantId tenant,
      Optional<String> model,
      Optional<String> label,
      Optional<java.time.Instant> notSeenSince) {
    List<MacAddress> out = new ArrayList<>();
    for (int offset = 0; ; offset += DeviceQuery.MAX_LIMIT) {
      Page page =
          devices.list(
              tenant,
              new DeviceQuery(
                  model, Optional.empty(), notSeenSince, offset, DeviceQuery.MAX_LIMIT));
      for (Listed listed : page.devices()) {
        if (label.isEmpty() || sameLabel(listed.device().label(), label.get())) {
          out.add(listed.device().mac());
        }
      }
      if (page.devices().size() < DeviceQuery.MAX_LIMIT) {
        return out;
      }
    }
  }

  private static boolean sameLabel(Optional<String> label, String wanted) {
    return label.map(String::strip).filter(l -> l.equalsIgnoreCase(wanted.strip())).isPresent();
  }
}
