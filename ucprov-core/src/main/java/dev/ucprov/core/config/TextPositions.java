package dev.ucprov.core.config;

import java.util.Arrays;

/**
 * Turns character offsets in a text into 1-based line and column numbers.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as XML counts them (XML 1.0
 * §2.11), so positions agree with the parser's. Columns count UTF-16 units, as the parser's do.
 */
final class TextPositions {

  private final int[] lineStarts;

  TextPositions(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
