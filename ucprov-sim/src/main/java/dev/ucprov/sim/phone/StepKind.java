package dev.ucprov.sim.phone;

/** What one step of a provisioning cycle was for. */
public enum StepKind {
  DISCOVERY,
  MASTER,
  FIRMWARE_VERSION,
  FIRMWARE,
  CONFIG,
  OVERRIDE,
  DIRECTORY,
  LICENCE,
  LOG_UPLOAD,
  OVERRIDE_UPLOAD,
  DIRECTORY_UPLOAD;

  /** {@code log-upload}, for the trace and JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
