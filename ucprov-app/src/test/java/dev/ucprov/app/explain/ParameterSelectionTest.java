package dev.ucprov.app.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.effective.EffectiveConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSelectionTest {

  @Test
  void noPatternKeepsEverything() {
    EffectiveConfig config = SampleConfig.withModel();

    assertThat(new ParameterSelection(List.of()).apply(config)).isEqualTo(config);
  }

  @Test
  void exactNamesAndPrefixesLimitParametersAndNotApplied() {
    ParameterSelection selection =
        new ParameterSelection(
            List.of(ParameterPattern.parse("reg.1.address"), ParameterPattern.parse("device.*")));

    EffectiveConfig shown = selection.apply(SampleConfig.withModel());

    assertThat(shown.parameters()).containsOnlyKeys("reg.1.address");
    assertThat(shown.notApplied())
        .extracting(n -> n.name())
        .containsExactly("device.sntp.serverName");
    assertThat(shown.configFiles()).hasSize(3);
    assertThat(shown.missingFiles()).hasSize(1);
  }

  @Test
  void aPrefixThatMatchesNothingLeavesNoParameters() {
    ParameterSelection selection = new ParameterSelection(List.of(ParameterPattern.parse("nope*")));

    EffectiveConfig shown = selection.apply(SampleConfig.withModel());

    assertThat(shown.parameters()).isEmpty();
    assertThat(shown.notApplied()).isEmpty();
  }

  @Test
  void unsetListsExactNamesNoFileMentions() {
    ParameterSelection selection =
        new ParameterSelection(
            List.of(
                ParameterPattern.parse("reg.1.address"),
                ParameterPattern.parse("device.sntp.serverName"),
                ParameterPattern.parse("reg.9.address"),
                ParameterPattern.parse("zzz*")));

    assertThat(selection.unset(selection.apply(SampleConfig.withModel())))
        .containsExactly("reg.9.address");
  }
}
