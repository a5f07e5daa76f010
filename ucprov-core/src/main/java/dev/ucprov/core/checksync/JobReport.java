package dev.ucprov.core.checksync;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A job with its progress: how many devices are in each state, and each device when asked for.
 *
 * @param counts every state, zero included
 * @param devices in the order they are sent; empty in a listing of jobs
 */
public record JobReport(Job job, Map<DeviceState, Integer> counts, List<JobDevice> devices) {

  public JobReport {
    Map<DeviceState, Integer> all = new EnumMap<>(DeviceState.class);
    for (DeviceState state : DeviceState.values()) {
      all.put(state, counts.getOrDefault(state, 0));
    }
    counts = java.util.Collections.unmodifiableMap(all);
    devices = List.copyOf(devices);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How many ended without the phone accepting the check-sync. */
  public int failed() {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().failed())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }
}
