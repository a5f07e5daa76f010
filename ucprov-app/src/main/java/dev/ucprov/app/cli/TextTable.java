package dev.ucprov.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Left-aligned columns separated by two spaces, for people reading a terminal. A cell longer than
 * the width cap does not widen its column; it pushes the rest of its own row to the right instead.
 *
 * <p>Not thread-safe: build one per rendering.
 */
public final class TextTable {

  private static final String GAP = "  ";

  private final int widthCap;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param widthCap the widest a column grows because of one cell
   */
  public TextTable(int widthCap) {
    this.widthCap = widthCap;
  }

  /** Adds a row; rows may have different numbers of cells. */
  public TextTable row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  /** The rows, aligned, without trailing spaces. */
  public List<String> lines() {
    int[] widths = widths();
    List<String> lines = new ArrayList<>(rows.size());
    for (String[] cells : rows) {
      StringBuilder line = new StringBuilder();
      int target = 0;
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          line.append(" ".repeat(Math.max(target - line.length(), 0))).append(GAP);
        }
        line.append(cells[i]);
        target = line.length() + Math.max(widths[i] - cells[i].length(), 0);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  private int[] widths() {
    int columns = rows.stream().mapToInt(cells -> cells.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] cells : rows) {
      for (int i = 0; i < cells.length; i++) {
        int length = cells[i].length();
        if (length <= widthCap) {
          widths[i] = Math.max(widths[i], length);
        }
      }
    }
    return widths;
  }
}
