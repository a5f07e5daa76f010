package dev.ucprov.core.upload;

import java.util.Arrays;

/**
 * Line and column of character offsets in a text, counted as XML counts them (XML 1.0 §2.11: lines
 * end at {@code \n}, {@code \r\n} or a lone {@code \r}; columns in UTF-16 units from 1), so
 * positions agree with the parser's.
 */
final class LineIndex {

  private final String text;
  private final int[] starts;

  LineIndex(String text) {
    this.text = text;
    int[] found = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(found, count);
  }

  int line(int offset) {
    int index = Arrays.binarySearch(starts, offset);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  /**
   * The offset of the {@code <} of the start tag the parser just read, given where the parser
   * stands (just past its {@code >}): the last {@code <} before that, since no attribute value may
   * hold a {@code <}.
   */
  int tagStart(int parserLine, int parserColumn) {
    int line = Math.min(Math.max(parserLine, 1), starts.length);
    int after = Math.min(starts[line - 1] + Math.max(parserColumn, 1) - 1, text.length());
    return Math.max(text.lastIndexOf('<', after - 1), 0);
  }
}
