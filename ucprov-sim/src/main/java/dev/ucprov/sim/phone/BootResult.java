package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One provisioning cycle of one phone: the trace and what the phone ends up with.
 *
 * @param server the boot server used, if one was found
 * @param firmwareVersion the application version running at the end
 * @param effective the effective configuration, computed by the core from the files the phone
 *     fetched or fell back on, as {@code ucprov explain} computes it
 */
public record BootResult(
    MacAddress mac,
    Trigger trigger,
    Optional<URI> server,
    BootOutcome outcome,
    List<Step> steps,
    EffectiveConfig effective,
    String firmwareVersion,
    Duration elapsed) {

  public BootResult {
    steps = List.copyOf(steps);
  }

  /** Not provisioned from the server, or a step that the boot cannot do without went wrong. */
  public boolean failed() {
    return !(outcome instanceof BootOutcome.Provisioned)
        || steps.stream().anyMatch(s -> s.result().failsBoot());
  }

  /** The steps that made a request. */
  public long requests() {
    return steps.stream().filter(Step::isRequest).count();
  }
}
