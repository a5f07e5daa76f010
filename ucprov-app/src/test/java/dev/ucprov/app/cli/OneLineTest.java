package dev.ucprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

  @Test
  void foldsLineBreaksAndLowersASentenceCapital() {
    assertThat(OneLine.of("Unknown option: '--x'\nPossible solutions: --tree\n"))
        .isEqualTo("unknown option: '--x' Possible solutions: --tree");
  }

  @Test
  void dropsARedundantErrorPrefix() {
    assertThat(OneLine.of("Error: Missing required argument (specify one of these): (--tree=DIR)"))
        .isEqualTo("missing required argument (specify one of these): (--tree=DIR)");
  }

  @Test
  void keepsAcronymsAndNamesAsWritten() {
    assertThat(OneLine.of("MAC missing")).isEqualTo("MAC missing");
    assertThat(OneLine.of("--tree x: not found")).isEqualTo("--tree x: not found");
  }

  @Test
  void saysSomethingWhenThereIsNoMessage() {
    assertThat(OneLine.of(null)).isEqualTo("failed without a message");
  }
}
