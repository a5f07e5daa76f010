package dev.ucprov.core.effective;

import static dev.ucprov.core.effective.Fixtures.config;
import static dev.ucprov.core.effective.Fixtures.master;
import static dev.ucprov.core.effective.Fixtures.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** device.* applies only with device.set="1" and its own flag (polycom-facts.md §3). */
class EffectiveDeviceSettingsTest {

  private static final String SERVER = "device.prov.serverName";

  private static EffectiveConfig withSite(String site) {
    return resolve(Map.of("000000000000.cfg", master("site.cfg"), "site.cfg", site));
  }

  private static NotApplied onlyNotApplied(EffectiveConfig config) {
    assertThat(config.notApplied()).hasSize(1);
    NotApplied held = config.notApplied().getFirst();
    assertThat(held.name()).isEqualTo(SERVER);
    assertThat(held.value()).isEqualTo("prov.example.org");
    assertThat(held.source()).isEqualTo("site.cfg");
    assertThat(config.parameter(SERVER)).isEmpty();
    return held;
  }

  @Test
  void appliedWhenBothFlagsAreOneEvenFromDifferentFiles() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("flags.cfg, site.cfg"),
                "flags.cfg", config("device.set", "1"),
                "site.cfg", config(SERVER, "prov.example.org", SERVER + ".set", "1")));

    assertThat(config.notApplied()).isEmpty();
    assertThat(config.parameter(SERVER).orElseThrow().value()).isEqualTo("prov.example.org");
    assertThat(config.parameter("device.set").orElseThrow().source()).isEqualTo("flags.cfg");
    assertThat(config.parameter(SERVER + ".set")).isPresent();
  }

  @Test
  void heldBackWhenDeviceSetIsMissing() {
    EffectiveConfig config = withSite(config(SERVER, "prov.example.org", SERVER + ".set", "1"));

    assertThat(onlyNotApplied(config).reason()).isEqualTo("device.set is not set");
    assertThat(config.parameter(SERVER + ".set")).isPresent();
  }

  @Test
  void heldBackWhenDeviceSetIsZeroNamingWhereItWasSet() {
    EffectiveConfig config =
        withSite(config("device.set", "0", SERVER, "prov.example.org", SERVER + ".set", "1"));

    NotApplied held = onlyNotApplied(config);
    assertThat(held.reason()).isEqualTo("device.set is \"0\" (site.cfg:2)");
    assertThat(held.line()).isEqualTo(3);
    assertThat(config.parameter("device.set").orElseThrow().value()).isEqualTo("0");
  }

  @Test
  void heldBackWhenItsOwnFlagIsMissing() {
    EffectiveConfig config = withSite(config("device.set", "1", SERVER, "prov.example.org"));

    assertThat(onlyNotApplied(config).reason()).isEqualTo(SERVER + ".set is not set");
  }

  @Test
  void heldBackWhenItsOwnFlagIsNotOne() {
    EffectiveConfig config =
        withSite(config("device.set", "1", SERVER, "prov.example.org", SERVER + ".set", "yes"));

    assertThat(onlyNotApplied(config).reason()).isEqualTo(SERVER + ".set is \"yes\" (site.cfg:4)");
  }

  @Test
  void bothReasonsWhenBothFlagsAreMissing() {
    EffectiveConfig config = withSite(config(SERVER, "prov.example.org"));

    assertThat(onlyNotApplied(config).reason())
        .isEqualTo("device.set is not set; " + SERVER + ".set is not set");
  }

  @Test
  void theEffectiveFlagCountsSoAnOverrideCanHoldSettingsBack() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("site.cfg"),
                "site.cfg",
                    config("device.set", "1", SERVER, "prov.example.org", SERVER + ".set", "1"),
                "0004f2aabbcc-phone.cfg",
                    """
                    <PHONE_CONFIG>
                      <OVERRIDES device.set="0"/>
                    </PHONE_CONFIG>
                    """));

    assertThat(onlyNotApplied(config).reason())
        .isEqualTo("device.set is \"0\" (0004f2aabbcc-phone.cfg:2)");
  }

  @Test
  void deviceLookalikesAreOrdinaryParameters() {
    EffectiveConfig config =
        withSite(config("devices.x", "1", "dir.device.y", "2", "device.set", "0"));

    assertThat(config.notApplied()).isEmpty();
    assertThat(config.parameters().keySet())
        .containsExactly("device.set", "devices.x", "dir.device.y");
  }
}
