package dev.ucprov.core.upload;

/**
 * Log uploads ({@code time|module|level|missed|message} lines, polycom-facts.md §4) must be text:
 * any encoding, but no NUL and no control character other than tab, line feed, form feed, carriage
 * return and escape (terminal colours). Anything else is a binary file sent under a log's name.
 */
final class LogRules {

  private LogRules() {}

  static Verdict check(byte[] content) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < content.length; i++) {
      int b = content[i] & 0xff;
      if (b == '\n') {
        line++;
        lineStart = i + 1;
      } else if (b < 0x20 && b != '\t' && b != '\f' && b != '\r' && b != 0x1b) {
        return Verdict.invalidAt(
            line,
            i - lineStart + 1,
            String.format(
                "byte 0x%02X at offset %d; a log upload must be text, without NUL or other"
                    + " control characters",
                b, i));
      }
    }
    return Verdict.accepted();
  }
}
