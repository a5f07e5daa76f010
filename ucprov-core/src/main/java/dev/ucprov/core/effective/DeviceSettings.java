package dev.ucprov.core.effective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Device settings live in protected flash and apply only when the effective {@code device.set} and
 * the parameter's own {@code <name>.set} are both {@code 1} (polycom-facts.md §3). The flags
 * themselves are ordinary parameters.
 */
final class DeviceSettings {

  /** What applies, and what is set but held back with the reason. */
  record Split(SortedMap<String, EffectiveParameter> applied, List<NotApplied> notApplied) {}

  private static final String MASTER_FLAG = "device.set";

  private DeviceSettings() {}

  static boolean isDeviceSetting(String name) {
    return name.startsWith("device.") && !name.endsWith(".set");
  }

  static Split split(SortedMap<String, EffectiveParameter> all) {
    SortedMap<String, EffectiveParameter> applied = new TreeMap<>();
    List<NotApplied> notApplied = new ArrayList<>();
    for (EffectiveParameter p : all.values()) {
      Optional<String> reason =
          isDeviceSetting(p.name()) ? heldBack(p.name(), all) : Optional.empty();
      reason.ifPresentOrElse(
          why -> notApplied.add(new NotApplied(p.name(), p.value(), p.source(), p.line(), why)),
          () -> applied.put(p.name(), p));
    }
    return new Split(applied, notApplied);
  }

  /** Every flag that is not {@code 1}, joined; empty when both are. */
  private static Optional<String> heldBack(String name, Map<String, EffectiveParameter> all) {
    List<String> reasons = new ArrayList<>(2);
    flagNotOne(MASTER_FLAG, all).ifPresent(reasons::add);
    flagNotOne(name + ".set", all).ifPresent(reasons::add);
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
  }

  private static Optional<String> flagNotOne(String flag, Map<String, EffectiveParameter> all) {
    Optional<EffectiveParameter> set = Optional.ofNullable(all.get(flag));
    if (set.isEmpty()) {
      return Optional.of(flag + " is not set");
    }
    EffectiveParameter p = set.get();
    if ("1".equals(p.value())) {
      return Optional.empty();
    }
    return Optional.of(flag + " is \"" + p.value() + "\" (" + p.source() + ":" + p.line() + ")");
  }
}
