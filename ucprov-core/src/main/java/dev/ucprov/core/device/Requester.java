package dev.ucprov.core.device;

/** Which piece of phone software sent a request (polycom-facts.md §5). */
public enum Requester {
  /** The UC Software application ({@code Type/Application}). */
  APPLICATION,
  /** The BootROM or updater ({@code Type/Updater}); its version is the updater's. */
  UPDATER,
  /** The User-Agent did not say. */
  UNKNOWN
}
