package dev.ucprov.core.effective;

import static dev.ucprov.core.effective.Fixtures.config;
import static dev.ucprov.core.effective.Fixtures.master;
import static dev.ucprov.core.effective.Fixtures.resolve;
import static dev.ucprov.core.effective.Fixtures.roles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.tree.MapTree;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which master a phone gets and what follows from it (polycom-facts.md §1, §2). */
class EffectiveMasterTest {

  @Test
  void macMasterIsPreferredOverTheDefault() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "0004f2aabbcc.cfg", master("mine.cfg"),
                "000000000000.cfg", master("default.cfg"),
                "mine.cfg", config("a.b", "mine"),
                "default.cfg", config("a.b", "default")));

    assertThat(config.masterFile()).contains("0004f2aabbcc.cfg");
    assertThat(config.configFiles()).containsExactly("mine.cfg");
    assertThat(config.parameter("a.b").orElseThrow().value()).isEqualTo("mine");
  }

  @Test
  void defaultMasterWhenThereIsNoMacMaster() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("default.cfg"),
                "default.cfg", config("a.b", "default")));

    assertThat(config.masterFile()).contains("000000000000.cfg");
    assertThat(config.parameter("a.b").orElseThrow().source()).isEqualTo("default.cfg");
    assertThat(config.missingFiles()).extracting(MissingFile::role).doesNotContain("master");
  }

  @Test
  void upperCaseMacMasterIsAccepted() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "0004F2AABBCC.cfg", master("mine.cfg"),
                "000000000000.cfg", master("default.cfg"),
                "mine.cfg", config("a.b", "mine")));

    assertThat(config.masterFile()).contains("0004F2AABBCC.cfg");
    assertThat(config.parameter("a.b").orElseThrow().value()).isEqualTo("mine");
  }

  @Test
  void lowerCaseMacMasterWinsOverTheUpperCaseOne() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "0004f2aabbcc.cfg", master("lower.cfg"),
                "0004F2AABBCC.cfg", master("upper.cfg")));

    assertThat(config.masterFile()).contains("0004f2aabbcc.cfg");
    assertThat(config.configFiles()).containsExactly("lower.cfg");
  }

  @Test
  void noMasterMeansTheCachedConfigurationAndNoParameters() {
    EffectiveConfig config = resolve(Map.of("site.cfg", config("a.b", "1")));

    assertThat(config.masterFile()).isEmpty();
    assertThat(config.configFiles()).isEmpty();
    assertThat(config.parameters()).isEmpty();
    assertThat(config.missingFiles()).hasSize(1);
    MissingFile missing = config.missingFiles().getFirst();
    assertThat(missing.role()).isEqualTo("master");
    assertThat(missing.path()).isEqualTo("0004f2aabbcc.cfg");
    assertThat(missing.consequence())
        .contains("000000000000.cfg")
        .contains("boots from its cached configuration");
  }

  @Test
  void malformedMasterIsUnreadableAndStopsTheSearch() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "0004f2aabbcc.cfg", "<APPLICATION CONFIG_FILES=\"site.cfg\"\n  <oops",
                "000000000000.cfg", master("site.cfg"),
                "site.cfg", config("a.b", "1")));

    assertThat(config.masterFile()).contains("0004f2aabbcc.cfg");
    assertThat(config.parameters()).isEmpty();
    assertThat(roles(config, "0004f2aabbcc.cfg")).containsExactly("master");
    assertThat(config.missingFiles().getFirst().consequence())
        .contains("cannot be read")
        .contains("cached configuration");
    assertThat(config.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.kind()).isEqualTo(ConfigProblem.Kind.UNREADABLE);
          assertThat(p.file()).isEqualTo("0004f2aabbcc.cfg");
          assertThat(p.line()).isPositive();
        });
  }

  @Test
  void masterThatIsNotAnApplicationFileIsUnreadable() {
    EffectiveConfig config =
        resolve(Map.of("000000000000.cfg", config("CONFIG_FILES", "site.cfg")));

    assertThat(config.masterFile()).contains("000000000000.cfg");
    assertThat(config.parameters()).isEmpty();
    assertThat(config.missingFiles().getFirst().consequence())
        .contains("<polycomConfig>")
        .contains("cached configuration");
    assertThat(config.problems())
        .extracting(ConfigProblem::kind, ConfigProblem::file)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                ConfigProblem.Kind.UNREADABLE, "000000000000.cfg"));
  }

  @Test
  void perModelConfigFilesAreChosenByModelInEitherSpelling() {
    String perModel =
        """
        <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="site.cfg">
          <APPLICATION_VVX410 CONFIG_FILES_VVX410="vvx410.cfg, site.cfg"/>
        </APPLICATION>
        """;
    MapTree tree =
        MapTree.ofText(
            Map.of(
                "000000000000.cfg", perModel,
                "vvx410.cfg", config("a.b", "410"),
                "site.cfg", config("a.b", "site")));

    EffectiveConfig agentSpelling = resolve(tree, Optional.of("VVX_410"));
    EffectiveConfig masterSpelling = resolve(tree, Optional.of("VVX410"));
    EffectiveConfig other = resolve(tree, Optional.of("VVX_500"));
    EffectiveConfig unknown = resolve(tree, Optional.empty());

    assertThat(agentSpelling.model()).contains("VVX410");
    assertThat(agentSpelling.configFiles()).containsExactly("vvx410.cfg", "site.cfg");
    assertThat(agentSpelling.parameter("a.b").orElseThrow().value()).isEqualTo("410");
    assertThat(masterSpelling.configFiles()).containsExactly("vvx410.cfg", "site.cfg");
    assertThat(other.model()).contains("VVX500");
    assertThat(other.configFiles()).containsExactly("site.cfg");
    assertThat(other.parameter("a.b").orElseThrow().value()).isEqualTo("site");
    assertThat(unknown.model()).isEmpty();
    assertThat(unknown.configFiles()).containsExactly("site.cfg");
  }

  @Test
  void macTokenInConfigFilesIsResolved() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg"),
                "0004f2aabbcc-lines.cfg", config("reg.1.address", "1001"),
                "site.cfg", config("reg.1.address", "site")));

    assertThat(config.configFiles()).containsExactly("0004f2aabbcc-lines.cfg", "site.cfg");
    EffectiveParameter address = config.parameter("reg.1.address").orElseThrow();
    assertThat(address.value()).isEqualTo("1001");
    assertThat(address.source()).isEqualTo("0004f2aabbcc-lines.cfg");
  }

  @Test
  void masterProblemsBecomeConfigProblemsOfTheMasterFile() {
    // Without a model [PHONE_MODEL] cannot be substituted: MasterConfig reports it.
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg",
                """
                <APPLICATION
                  APP_FILE_PATH="sip.ld"
                  CONFIG_FILES="[PHONE_MODEL].cfg"/>
                """));

    assertThat(config.problems())
        .filteredOn(p -> p.kind() == ConfigProblem.Kind.MASTER)
        .isNotEmpty()
        .allSatisfy(p -> {
          assertThat(p.file()).isEqualTo("000000000000.cfg");
          assertThat(p.message()).contains("CONFIG_FILES");
        })
        .anySatisfy(p -> assertThat(p.line()).isEqualTo(3));
  }
}
