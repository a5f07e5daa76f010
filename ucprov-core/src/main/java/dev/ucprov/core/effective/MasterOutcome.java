package dev.ucprov.core.effective;

import dev.ucprov.core.master.MasterConfig;

/** Which master config a phone gets, if any. */
sealed interface MasterOutcome {

  /** Neither {@code <MAC>.cfg} nor {@code 000000000000.cfg} is in the tree. */
  record Absent() implements MasterOutcome {}

  /** The phone gets a file it cannot use as a master (malformed, or not {@code APPLICATION}). */
  record Unusable(String path) implements MasterOutcome {}

  /** The phone gets a master config. */
  record Usable(String path, MasterConfig master) implements MasterOutcome {}
}
