package dev.ucprov.sim.phone;

/** How a step involved the phone's flash. */
public enum CacheUse {
  /** Not at all. */
  NONE,
  /** The file came from the server and the flash copy was replaced. */
  STORED,
  /** A conditional GET answered 304: the flash copy is current and was used. */
  NOT_MODIFIED,
  /** The server did not give the file: the flash copy was used instead. */
  FALLBACK;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
