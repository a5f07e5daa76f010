package dev.ucprov.core.effective;

import java.util.List;

/**
 * One parameter's winning value, the file that set it, and every value it shadowed (highest
 * precedence first).
 */
public record EffectiveParameter(
    String name, String value, String source, int line, List<ShadowedValue> shadowed) {

  public EffectiveParameter {
    shadowed = List.copyOf(shadowed);
  }

  /** A value that lost to a higher-precedence file. */
  public record ShadowedValue(String value, String source, int line) {}
}
