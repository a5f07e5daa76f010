package dev.ucprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsEveryColumnToItsWidestCell() {
    TextTable table = new TextTable(40).row("a", "bb", "c").row("dddd", "e", "ff");

    assertThat(table.lines()).containsExactly("a     bb  c", "dddd  e   ff");
  }

  @Test
  void aCellOverTheCapPushesOnlyItsOwnRow() {
    TextTable table = new TextTable(5).row("x", "1234567890", "end").row("y", "abc", "end");

    assertThat(table.lines()).containsExactly("x  1234567890  end", "y  abc  end");
  }

  @Test
  void shortRowsAndEmptyCellsLeaveNoTrailingSpaces() {
    TextTable table = new TextTable(40).row("name", "value").row("", "x").row("only");

    assertThat(table.lines()).containsExactly("name  value", "      x", "only");
  }
}
