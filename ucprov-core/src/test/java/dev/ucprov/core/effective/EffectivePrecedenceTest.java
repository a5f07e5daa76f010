package dev.ucprov.core.effective;

import static dev.ucprov.core.effective.Fixtures.MAC;
import static dev.ucprov.core.effective.Fixtures.config;
import static dev.ucprov.core.effective.Fixtures.master;
import static dev.ucprov.core.effective.Fixtures.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.effective.EffectiveParameter.ShadowedValue;
import dev.ucprov.core.tree.MapTree;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which file wins, and what it shadows (polycom-facts.md §3, §4). */
class EffectivePrecedenceTest {

  private static final String PHONE_OVERRIDE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <PHONE_CONFIG>
        <OVERRIDES up.backlight.idleIntensity="3" lcl.ml.lang="Deutsch_Deutschland"/>
      </PHONE_CONFIG>
      """;

  private static final String WEB_OVERRIDE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Saved by the phone's web interface -->
      <PHONE_CONFIG>
        <WEB
          lcl.ml.lang="Francais_France"
          tcpIpApp.sntp.address="ntp.example.org"/>
      </PHONE_CONFIG>
      """;

  @Test
  void leftmostConfigFileWinsAndShadowedValuesFollowInPrecedenceOrder() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("first.cfg, second.cfg, third.cfg"),
                "first.cfg", config("other.x", "f", "a.b", "first"),
                "second.cfg", config("a.b", "second"),
                "third.cfg", config("a.b", "third", "only.third", "t")));

    EffectiveParameter ab = config.parameter("a.b").orElseThrow();
    assertThat(ab.value()).isEqualTo("first");
    assertThat(ab.source()).isEqualTo("first.cfg");
    assertThat(ab.line()).isEqualTo(3);
    assertThat(ab.shadowed())
        .containsExactly(
            new ShadowedValue("second", "second.cfg", 2),
            new ShadowedValue("third", "third.cfg", 2));
    assertThat(config.parameter("only.third").orElseThrow().shadowed()).isEmpty();
    assertThat(config.parameters().keySet()).containsExactly("a.b", "only.third", "other.x");
  }

  @Test
  void phoneOverrideBeatsWebOverrideWhichBeatsConfigFiles() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg",
                master("site.cfg"),
                "site.cfg",
                config(
                    "lcl.ml.lang", "English_United_States",
                    "tcpIpApp.sntp.address", "pool.ntp.org",
                    "up.backlight.idleIntensity", "1",
                    "reg.1.address", "1001"),
                "0004f2aabbcc-phone.cfg",
                PHONE_OVERRIDE,
                "0004f2aabbcc-web.cfg",
                WEB_OVERRIDE));

    EffectiveParameter lang = config.parameter("lcl.ml.lang").orElseThrow();
    assertThat(lang.value()).isEqualTo("Deutsch_Deutschland");
    assertThat(lang.source()).isEqualTo("0004f2aabbcc-phone.cfg");
    assertThat(lang.shadowed())
        .extracting(ShadowedValue::source)
        .containsExactly("0004f2aabbcc-web.cfg", "site.cfg");
    assertThat(config.parameter("tcpIpApp.sntp.address").orElseThrow().source())
        .isEqualTo("0004f2aabbcc-web.cfg");
    assertThat(config.parameter("tcpIpApp.sntp.address").orElseThrow().line()).isEqualTo(6);
    assertThat(config.parameter("up.backlight.idleIntensity").orElseThrow().value()).isEqualTo("3");
    assertThat(config.parameter("reg.1.address").orElseThrow().source()).isEqualTo("site.cfg");
    assertThat(config.missingFiles()).isEmpty();
  }

  @Test
  void overridesAreReadFromTheOverridesDirectory() {
    String masterWithDirectory =
        """
        <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="site.cfg" OVERRIDES_DIRECTORY="overrides"/>
        """;
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", masterWithDirectory,
                "site.cfg", config("lcl.ml.lang", "English_United_States"),
                "overrides/0004f2aabbcc-web.cfg", WEB_OVERRIDE,
                "0004f2aabbcc-phone.cfg", PHONE_OVERRIDE));

    EffectiveParameter lang = config.parameter("lcl.ml.lang").orElseThrow();
    assertThat(lang.source()).isEqualTo("overrides/0004f2aabbcc-web.cfg");
    assertThat(config.parameter("up.backlight.idleIntensity")).isEmpty();
    assertThat(config.missingFiles())
        .extracting(MissingFile::path, MissingFile::role)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "overrides/0004f2aabbcc-phone.cfg", "override-phone"));
  }

  @Test
  void overridesAreReadFromTheRootWhenTheDirectoryIsEmpty() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg",
                master("site.cfg"),
                "site.cfg",
                config("a.b", "1"),
                "0004f2aabbcc-phone.cfg",
                PHONE_OVERRIDE,
                "overrides/0004f2aabbcc-web.cfg",
                WEB_OVERRIDE));

    assertThat(config.parameter("lcl.ml.lang").orElseThrow().source())
        .isEqualTo("0004f2aabbcc-phone.cfg");
    assertThat(config.parameter("tcpIpApp.sntp.address")).isEmpty();
    assertThat(config.missingFiles())
        .extracting(MissingFile::path)
        .containsExactly("0004f2aabbcc-web.cfg");
  }

  @Test
  void upperCaseOverrideFileIsAccepted() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("site.cfg"),
                "site.cfg", config("a.b", "1"),
                "0004F2AABBCC-phone.cfg", PHONE_OVERRIDE));

    assertThat(config.parameter("lcl.ml.lang").orElseThrow().source())
        .isEqualTo("0004F2AABBCC-phone.cfg");
    assertThat(Fixtures.roles(config, "0004f2aabbcc-phone.cfg")).isEmpty();
  }

  @Test
  void resetLocalConfigChangesNothing() {
    Map<String, String> files =
        Map.of(
            "000000000000.cfg", master("site.cfg"),
            "site.cfg", config("lcl.ml.lang", "English_United_States", "a.b", "1"));
    Map<String, String> reset = new java.util.HashMap<>(files);
    reset.put("0004f2aabbcc-phone.cfg", "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>");

    EffectiveConfig before = resolve(files);
    EffectiveConfig after = resolve(reset);

    assertThat(after.parameters()).isEqualTo(before.parameters());
    assertThat(after.parameter("lcl.ml.lang").orElseThrow().shadowed()).isEmpty();
    assertThat(Fixtures.roles(after, "0004f2aabbcc-phone.cfg")).isEmpty();
    assertThat(Fixtures.roles(before, "0004f2aabbcc-phone.cfg")).containsExactly("override-phone");
  }

  @Test
  void duplicateWithinAFileIsShadowedByItsFirstOccurrence() {
    String site =
        """
        <polycomConfig>
          <sip a.b="first"/>
          <phone1 a.b="again"/>
        </polycomConfig>
        """;
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("site.cfg, later.cfg"),
                "site.cfg", site,
                "later.cfg", config("a.b", "later")));

    EffectiveParameter ab = config.parameter("a.b").orElseThrow();
    assertThat(ab.value()).isEqualTo("first");
    assertThat(ab.line()).isEqualTo(2);
    assertThat(ab.shadowed())
        .containsExactly(
            new ShadowedValue("again", "site.cfg", 3), new ShadowedValue("later", "later.cfg", 2));
    assertThat(config.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.kind()).isEqualTo(ConfigProblem.Kind.DUPLICATE_PARAMETER);
          assertThat(p.file()).isEqualTo("site.cfg");
          assertThat(p.line()).isEqualTo(3);
        });
  }

  @Test
  void invalidNamesAreReportedAndNotApplied() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg",
                master("site.cfg"),
                "site.cfg",
                "<polycomConfig a.b=\"1\" bad..name=\"2\"/>"));

    assertThat(config.parameters().keySet()).containsExactly("a.b");
    assertThat(config.problems())
        .extracting(ConfigProblem::kind)
        .containsExactly(ConfigProblem.Kind.INVALID_PARAMETER_NAME);
  }

  @Test
  void filesWithAByteOrderMarkAreRead() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    MapTree tree =
        MapTree.of(
            Map.of(
                "000000000000.cfg", withBom(bom, master("site.cfg")),
                "site.cfg", withBom(bom, config("a.b", "1")),
                "0004f2aabbcc-phone.cfg", withBom(bom, PHONE_OVERRIDE)));

    EffectiveConfig config = Fixtures.resolve(tree, Optional.empty());

    assertThat(config.problems()).isEmpty();
    assertThat(config.parameter("a.b").orElseThrow().value()).isEqualTo("1");
    assertThat(config.parameter("lcl.ml.lang").orElseThrow().value())
        .isEqualTo("Deutsch_Deutschland");
  }

  @Test
  void eachFileIsReadOnceAndCountsAtItsLeftmostPlace() {
    Fixtures.CountingTree tree =
        new Fixtures.CountingTree(
            MapTree.ofText(
                Map.of(
                    "000000000000.cfg", master("a.cfg, b.cfg, a.cfg, gone.cfg, gone.cfg"),
                    "a.cfg", config("x.y", "a", "only.a", "1"),
                    "b.cfg", config("x.y", "b"))));

    EffectiveConfig config =
        new EffectiveConfigResolver(new dev.ucprov.core.config.ConfigReader())
            .resolve(tree, MAC, Optional.empty());

    assertThat(tree.reads().values()).containsOnly(1);
    assertThat(tree.reads()).containsKeys("000000000000.cfg", "a.cfg", "b.cfg", "gone.cfg");
    assertThat(config.configFiles())
        .containsExactly("a.cfg", "b.cfg", "a.cfg", "gone.cfg", "gone.cfg");
    EffectiveParameter xy = config.parameter("x.y").orElseThrow();
    assertThat(xy.value()).isEqualTo("a");
    assertThat(xy.shadowed()).containsExactly(new ShadowedValue("b", "b.cfg", 2));
    assertThat(config.parameter("only.a").orElseThrow().shadowed()).isEmpty();
    assertThat(Fixtures.roles(config, "gone.cfg")).containsExactly("config");
  }

  private static byte[] withBom(byte[] bom, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
