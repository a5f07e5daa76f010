package dev.ucprov.core.config;

import java.util.Arrays;

/** Turns character offsets in a text into 1-based line and column numbers. */
final class TextPositions {

  private final int[] lineStarts;

  TextPositions(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
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
