package dev.ucprov.core.lint;

import java.util.Locale;

/** How much a finding matters. An {@code error} makes {@code ucprov lint} exit 1. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** {@code error}, {@code warning} or {@code info}, as JSON and text show it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
