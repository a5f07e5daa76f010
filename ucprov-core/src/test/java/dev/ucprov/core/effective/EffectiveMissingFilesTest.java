package dev.ucprov.core.effective;

import static dev.ucprov.core.effective.Fixtures.config;
import static dev.ucprov.core.effective.Fixtures.master;
import static dev.ucprov.core.effective.Fixtures.resolve;
import static dev.ucprov.core.effective.Fixtures.roles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.config.ConfigProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files a phone asks for and cannot have, and what it does about them (polycom-facts.md §3). */
class EffectiveMissingFilesTest {

  @Test
  void missingConfigFileSaysTheServerValuesAreShown() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg",
                master("gone.cfg, site.cfg"),
                "site.cfg",
                config("a.b", "1"),
                "0004f2aabbcc-phone.cfg",
                "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>",
                "0004f2aabbcc-web.cfg",
                "<PHONE_CONFIG><WEB/></PHONE_CONFIG>"));

    assertThat(config.parameter("a.b").orElseThrow().source()).isEqualTo("site.cfg");
    assertThat(config.missingFiles())
        .singleElement()
        .satisfies(missing -> {
          assertThat(missing.path()).isEqualTo("gone.cfg");
          assertThat(missing.role()).isEqualTo("config");
          assertThat(missing.consequence())
              .contains("cached copy of all of them")
              .contains("what the server holds");
        });
    assertThat(config.problems()).isEmpty();
  }

  @Test
  void unreadableConfigFileIsAProblemWithPositionAndAMissingFile() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("site.cfg, broken.cfg"),
                "site.cfg", config("a.b", "1"),
                "broken.cfg", "<polycomConfig>\n  <p a.b=\"2\">\n</polycomConfig>\n"));

    EffectiveParameter ab = config.parameter("a.b").orElseThrow();
    assertThat(ab.shadowed()).isEmpty();
    assertThat(roles(config, "broken.cfg")).containsExactly("config");
    assertThat(config.missingFiles())
        .filteredOn(m -> m.path().equals("broken.cfg"))
        .singleElement()
        .satisfies(m ->
            assertThat(m.consequence())
                .contains("cannot be read")
                .contains("line 3")
                .contains("cached copy of all of them"));
    assertThat(config.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.kind()).isEqualTo(ConfigProblem.Kind.UNREADABLE);
          assertThat(p.file()).isEqualTo("broken.cfg");
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.column()).isPositive();
        });
  }

  @Test
  void configFileOnAnotherServerIsListedAsNotChecked() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", master("https://u:secret@cfg.example.org/common.cfg, site.cfg"),
                "site.cfg", config("a.b", "1")));

    assertThat(config.configFiles())
        .containsExactly("https://u:***@cfg.example.org/common.cfg", "site.cfg");
    assertThat(roles(config, "https://u:***@cfg.example.org/common.cfg")).containsExactly("config");
    assertThat(config.missingFiles())
        .filteredOn(m -> m.role().equals("config"))
        .singleElement()
        .satisfies(
            m -> assertThat(m.consequence()).contains("another server").contains("not checked"));
    assertThat(config.parameter("a.b")).isPresent();
  }

  @Test
  void missingOverridesMeanNoLocalChangesOnTheServer() {
    EffectiveConfig config =
        resolve(Map.of("000000000000.cfg", master("site.cfg"), "site.cfg", config("a.b", "1")));

    assertThat(config.missingFiles())
        .extracting(MissingFile::path, MissingFile::role)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("0004f2aabbcc-phone.cfg", "override-phone"),
            org.assertj.core.api.Assertions.tuple("0004f2aabbcc-web.cfg", "override-web"));
    assertThat(config.missingFiles())
        .allSatisfy(
            m -> assertThat(m.consequence()).contains("no local changes").contains("cached copy"));
  }

  @Test
  void unreadableOverrideIsAProblemAndNotApplied() {
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg",
                master("site.cfg"),
                "site.cfg",
                config("a.b", "1"),
                "0004f2aabbcc-phone.cfg",
                "<PHONE_CONFIG><OVERRIDES a.b=\"2\"></PHONE_CONFIG>",
                "0004f2aabbcc-web.cfg",
                "<PHONE_CONFIG><WEB/></PHONE_CONFIG>"));

    assertThat(config.parameter("a.b").orElseThrow().value()).isEqualTo("1");
    assertThat(roles(config, "0004f2aabbcc-phone.cfg")).containsExactly("override-phone");
    assertThat(config.problems())
        .extracting(ConfigProblem::kind, ConfigProblem::file)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                ConfigProblem.Kind.UNREADABLE, "0004f2aabbcc-phone.cfg"));
  }

  @Test
  void overridesDirectoryOnAnotherServerIsNotRead() {
    String remote =
        """
        <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="site.cfg"
          OVERRIDES_DIRECTORY="ftp://user:pw@files.example.org/overrides"/>
        """;
    EffectiveConfig config =
        resolve(
            Map.of(
                "000000000000.cfg", remote,
                "site.cfg", config("a.b", "1"),
                "0004f2aabbcc-phone.cfg", config("a.b", "local")));

    assertThat(config.parameter("a.b").orElseThrow().value()).isEqualTo("1");
    assertThat(config.missingFiles())
        .extracting(MissingFile::path, MissingFile::role)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "ftp://user:***@files.example.org/overrides/0004f2aabbcc-phone.cfg",
                "override-phone"),
            org.assertj.core.api.Assertions.tuple(
                "ftp://user:***@files.example.org/overrides/0004f2aabbcc-web.cfg", "override-web"));
    assertThat(config.missingFiles())
        .allSatisfy(m -> assertThat(m.consequence()).contains("another server"));
  }
}
