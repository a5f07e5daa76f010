package dev.ucprov.app.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParameterPatternTest {

  @Test
  void anExactNameMatchesOnlyItself() {
    ParameterPattern p = ParameterPattern.parse("reg.1.address");

    assertThat(p.matches("reg.1.address")).isTrue();
    assertThat(p.matches("reg.1.address.x")).isFalse();
    assertThat(p.matches("reg.1.addres")).isFalse();
  }

  @Test
  void aTrailingStarMatchesAPrefix() {
    ParameterPattern p = ParameterPattern.parse("reg.1.*");

    assertThat(p).isEqualTo(new ParameterPattern("reg.1.", true));
    assertThat(p.matches("reg.1.address")).isTrue();
    assertThat(p.matches("reg.10.address")).isFalse();
    assertThat(ParameterPattern.parse("*").matches("anything.at.all")).isTrue();
  }

  @Test
  void refusesAStarInTheMiddle() {
    assertThatThrownBy(() -> ParameterPattern.parse("reg.*.address"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'reg.*.address' has a '*' before its end; only a trailing '*' (a prefix) is"
                + " supported");
  }

  @Test
  void refusesWhatCannotBeAParameterName() {
    assertThatThrownBy(() -> ParameterPattern.parse("reg..1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'reg..1' is not a parameter name");
  }
}
