package dev.ucprov.sim.phone;

/** How a step ended, as far as the boot is concerned. */
public enum StepResult {
  /** Done as asked. */
  OK,
  /** Not on the server, which is normal for this file (an override, a MAC master, a licence). */
  ABSENT,
  /** Not needed this time (same firmware version; directory not reread on this trigger). */
  SKIPPED,
  /** A file the phone needs is not on the server (a CONFIG_FILES entry, any master at all). */
  MISSING,
  /** The server answered but refused (401, 403, 405, 413, 400 on an upload...). */
  REFUSED,
  /** Nothing usable answered: unreachable server, 5xx, unreadable file. */
  ERROR;

  /** Whether the step makes the boot count as failed. */
  public boolean failsBoot() {
    return this == MISSING || this == ERROR;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
