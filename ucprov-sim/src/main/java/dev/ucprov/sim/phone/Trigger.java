package dev.ucprov.sim.phone;

/**
 * What started a provisioning cycle (white paper, "Understanding Phone Update Behavior"): every one
 * rereads configuration and software; only a reboot or restart rereads the contact directory
 * unconditionally, the others only when {@code dir.local.readonly="1"}.
 */
public enum Trigger {
  BOOT,
  RESTART,
  UPDATE_CONFIG,
  CHECK_SYNC,
  POLL;

  /** Reboot and restart read the directory whatever {@code dir.local.readonly} says. */
  public boolean alwaysReadsDirectory() {
    return this == BOOT || this == RESTART;
  }

  /** The boot log is written when the phone starts; the application log on every cycle. */
  public boolean uploadsBootLog() {
    return this == BOOT || this == RESTART;
  }
}
