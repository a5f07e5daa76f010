package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each device has stored in {@link RequestGroups}, as far as this process knows:
 * what it read once, plus what it appended and minus what it trimmed since. It only decides when a
 * device's groups are trimmed, so a recording need not read the stored count back every time.
 * Another server appending to the same database makes it undercount, which delays a trim (storage
 * then grows to a few times the hundred shown, never without bound) and never hides a request; a
 * trim reads the device's groups and sets it right. Thread-safe.
 */
final class RequestCounts {

  /** Past this many devices the counts are forgotten and read again when needed. */
  static final int MAX_DEVICES = 400_000;

  private final Map<MacAddress, Integer> counts = new ConcurrentHashMap<>();

  /** The counts known for these devices; a device not known is left out. */
  Map<MacAddress, Integer> known(Collection<MacAddress> macs) {
    Map<MacAddress, Integer> known = new HashMap<>();
    for (MacAddress mac : macs) {
      Integer count = counts.get(mac);
      if (count != null) {
        known.put(mac, count);
      }
    }
    return known;
  }

  /** Takes these counts, once the transaction that wrote them committed. */
  void remember(Map<MacAddress, Integer> written) {
    if (counts.size() + written.size() > MAX_DEVICES) {
      counts.clear();
    }
    counts.putAll(written);
  }
}
