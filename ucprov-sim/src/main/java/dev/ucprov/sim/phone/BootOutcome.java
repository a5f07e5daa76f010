package dev.ucprov.sim.phone;

/** How a provisioning cycle ended. */
public sealed interface BootOutcome {

  /** The phone read its master config from the server. */
  record Provisioned() implements BootOutcome {}

  /**
   * The server could not be used; the phone runs on what its flash holds (white paper stage 4:
   * "Could not contact boot server using existing configuration").
   */
  record FromCache(String reason) implements BootOutcome {}

  /** No server and nothing cached: the phone has no configuration at all. */
  record Failed(String reason) implements BootOutcome {}
}
