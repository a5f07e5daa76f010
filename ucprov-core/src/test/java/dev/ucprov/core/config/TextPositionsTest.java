package dev.ucprov.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPositionsTest {

  @Test
  void countsEveryKindOfLineEndAsOne() {
    TextPositions positions = new TextPositions("ab\ncd\r\nef\rgh");

    assertThat(positions.line(0)).isEqualTo(1);
    assertThat(positions.column(1)).isEqualTo(2);
    assertThat(positions.line(3)).isEqualTo(2);
    assertThat(positions.column(3)).isEqualTo(1);
    assertThat(positions.line(7)).isEqualTo(3);
    assertThat(positions.column(8)).isEqualTo(2);
    assertThat(positions.line(10)).isEqualTo(4);
    assertThat(positions.column(11)).isEqualTo(2);
  }

  @Test
  void aLineEndBelongsToTheLineItEnds() {
    TextPositions positions = new TextPositions("a\r\nb");

    assertThat(positions.line(1)).isEqualTo(1);
    assertThat(positions.column(1)).isEqualTo(2);
    assertThat(positions.line(2)).isEqualTo(1);
    assertThat(positions.column(2)).isEqualTo(3);
    assertThat(positions.line(3)).isEqualTo(2);
  }

  @Test
  void theEndOfTextHasAPosition() {
    assertThat(new TextPositions("").line(0)).isEqualTo(1);
    assertThat(new TextPositions("").column(0)).isEqualTo(1);
    assertThat(new TextPositions("x\r").line(2)).isEqualTo(2);
    assertThat(new TextPositions("x\r").column(2)).isEqualTo(1);
  }

  @Test
  void growsPastItsFirstCapacity() {
    TextPositions positions = new TextPositions("\n".repeat(1000) + "x");

    assertThat(positions.line(1000)).isEqualTo(1001);
    assertThat(positions.column(1000)).isEqualTo(1);
  }
}
