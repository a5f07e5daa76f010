package dev.ucprov.app.cli;

/**
 * The process exit codes of every ucprov command, documented in README.md; scripts depend on them.
 */
public final class ExitCodes {

  /** Done, nothing wrong (explain computed an answer; lint found no error). */
  public static final int OK = 0;

  /** lint found at least one finding of severity error. */
  public static final int FINDINGS = 1;

  /** check-sync: at least one device did not accept it (rejected, timeout, error, interrupted). */
  public static final int SOME_FAILED = 1;

  /** sim boot: the phone was not provisioned from the server, or a needed step failed. */
  public static final int BOOT_FAILED = 1;

  /** Bad usage or unreadable input: one line on stderr says what and where. */
  public static final int USAGE = 2;

  /** A bug in ucprov itself: one line on stderr names the exception. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
