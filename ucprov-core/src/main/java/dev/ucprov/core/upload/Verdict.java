package dev.ucprov.core.upload;

/** Whether an upload may be stored. */
public sealed interface Verdict {

  /** Store it. */
  record Accepted() implements Verdict {}

  /**
   * Refuse it; nothing is stored and the previous version stays the latest.
   *
   * @param status the HTTP status that says why: 400 (content), 413 (size)
   * @param message what is wrong, for people, with the line and column for XML ({@code line 4,
   *     column 3: item 2 has no <ct> ...})
   */
  record Refused(int status, String message) implements Verdict {}

  static Verdict accepted() {
    return new Accepted();
  }

  static Verdict invalid(String message) {
    return new Refused(400, message);
  }

  /** An invalid upload with its position in the text. */
  static Verdict invalidAt(int line, int column, String message) {
    return invalid(at(line, column) + message);
  }

  static String at(int line, int column) {
    return "line " + line + ", column " + column + ": ";
  }
}
