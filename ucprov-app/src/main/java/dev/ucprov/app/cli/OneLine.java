package dev.ucprov.app.cli;

import java.util.Locale;

/** Turns a message into a single stderr line: scripts read exactly one line per failure. */
final class OneLine {

  private OneLine() {}

  /**
   * The message with line breaks folded into spaces, without a leading {@code Error: } (the line is
   * an error already) and with a leading capital lowered.
   */
  static String of(String message) {
    if (message == null || message.isBlank()) {
      return "failed without a message";
    }
    String folded = message.strip().replaceAll("\\s*\\R\\s*", " ");
    if (folded.regionMatches(true, 0, "error: ", 0, 7)) {
      folded = folded.substring(7);
    }
    boolean sentence = folded.length() > 1 && Character.isLowerCase(folded.charAt(1));
    return sentence
        ? folded.substring(0, 1).toLowerCase(Locale.ROOT) + folded.substring(1)
        : folded;
  }
}
