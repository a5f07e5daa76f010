package dev.ucprov.app.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ucprov explain} run in-process on the example trees and on temporary ones. */
class ExplainCommandTest {

  private static final String UCS5 = CliRun.example("tree-ucs5");
  private static final String UCS33 = CliRun.example("tree-ucs33");

  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir Path temp;

  private JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return mapper.readTree(run.out());
  }

  @Test
  void jsonOnTheUcs5ExampleShowsFilesInOrderAndWhoSetWhat() throws IOException {
    JsonNode root = json("explain", "--tree", UCS5, "--mac", "0004f2aabbcc", "--format", "json");

    assertThat(root.get("mac").asText()).isEqualTo("0004f2aabbcc");
    assertThat(root.get("model").isNull()).isTrue();
    assertThat(root.get("masterFile").asText()).isEqualTo("000000000000.cfg");
    assertThat(root.get("configFiles"))
        .extracting(JsonNode::asText)
        .containsExactly("0004f2aabbcc-lines.cfg", "site.cfg", "features.cfg");
    JsonNode offset = root.get("parameters").get("tcpIpApp.sntp.gmtOffset");
    assertThat(offset.get("value").asText()).isEqualTo("7200");
    assertThat(offset.get("source").asText()).isEqualTo("overrides/0004f2aabbcc-web.cfg");
    assertThat(offset.get("shadowed"))
        .extracting(s -> s.get("value").asText() + "@" + s.get("source").asText())
        .containsExactly("3600@0004f2aabbcc-lines.cfg", "0@site.cfg");
    assertThat(root.get("notApplied"))
        .extracting(n -> n.get("name").asText())
        .containsExactly("device.sntp.serverName");
    assertThat(root.get("missingFiles").isArray()).isTrue();
    assertThat(root.get("problems").isArray()).isTrue();
  }

  @Test
  void theModelSelectsItsMasterChildInEitherSpelling() throws IOException {
    for (String model : List.of("VVX_410", "VVX410")) {
      JsonNode root =
          json(
              "explain",
              "--tree",
              UCS5,
              "--mac",
              "0004f2aabbcc",
              "--model",
              model,
              "--format",
              "json");

      assertThat(root.get("model").asText()).isEqualTo("VVX410");
      assertThat(root.get("configFiles"))
          .extracting(JsonNode::asText)
          .containsExactly("0004f2aabbcc-lines.cfg", "site.cfg", "vvx410.cfg", "features.cfg");
      JsonNode backlight = root.get("parameters").get("up.backlight.idleIntensity");
      assertThat(backlight.get("value").asText()).isEqualTo("2");
      assertThat(backlight.get("source").asText()).isEqualTo("vvx410.cfg");
    }
  }

  @Test
  void theUcs33ExampleSubstitutesTheOldMacTokenAndReportsTheDuplicate() throws IOException {
    JsonNode root =
        json("explain", "--tree", UCS33, "--mac", "00:04:F2:AA:BB:CC", "--format", "json");

    assertThat(root.get("configFiles"))
        .extracting(JsonNode::asText)
        .containsExactly("0004f2aabbcc-reg.cfg", "phone1.cfg", "sip.cfg");
    assertThat(root.get("parameters").get("reg.1.address").get("value").asText()).isEqualTo("2001");
    assertThat(root.get("notApplied").get(0).get("name").asText())
        .isEqualTo("device.prov.serverName");
    assertThat(root.get("problems"))
        .extracting(p -> p.get("kind").asText() + "@" + p.get("file").asText())
        .contains("duplicate-parameter@sip.cfg");
  }

  @Test
  void textAlignsValuesAndSourcesWithShadowedRowsBelow() {
    CliRun run = CliRun.of("explain", "--tree", UCS5, "--mac", "0004f2aabbcc");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    String header = lines.stream().filter(l -> l.startsWith("PARAMETER")).findFirst().orElseThrow();
    int valueColumn = header.indexOf("VALUE");
    int sourceColumn = header.indexOf("SOURCE");
    int row =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("tcpIpApp.sntp.gmtOffset "))
                .findFirst()
                .orElseThrow());
    assertThat(lines.get(row).substring(valueColumn)).startsWith("7200 ");
    assertThat(lines.get(row).substring(sourceColumn))
        .isEqualTo("overrides/0004f2aabbcc-web.cfg:6");
    assertThat(lines.get(row + 1)).startsWith("  shadowed:");
    assertThat(lines.get(row + 1).substring(valueColumn)).startsWith("3600 ");
    assertThat(lines.get(row + 1).substring(sourceColumn)).isEqualTo("0004f2aabbcc-lines.cfg:17");
    assertThat(lines.get(row + 2).substring(sourceColumn)).isEqualTo("site.cfg:13");
    assertThat(lines).contains("Master file    000000000000.cfg", "Not applied (1)");
  }

  @Test
  void paramLimitsParametersToExactNamesAndPrefixes() throws IOException {
    JsonNode root =
        json(
            "explain",
            "--tree",
            UCS5,
            "--mac",
            "0004f2aabbcc",
            "--format",
            "json",
            "--param",
            "reg.1.address",
            "--param",
            "prov.polling.*");

    assertThat(root.get("parameters").properties())
        .extracting(e -> e.getKey())
        .containsExactly(
            "prov.polling.enabled", "prov.polling.mode", "prov.polling.time", "reg.1.address");
    assertThat(root.get("notApplied")).isEmpty();
    assertThat(root.get("configFiles")).hasSize(3);
  }

  @Test
  void paramInTextSaysWhenNoFileSetsAName() {
    CliRun run =
        CliRun.of("explain", "--tree", UCS5, "--mac", "0004f2aabbcc", "--param", "reg.9.address");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Parameters: none")
        .contains("Not set in any file (the firmware default applies): reg.9.address");
  }

  @Test
  void aTreeWithoutMasterIsStillExplainedWithTheMasterMissing() throws IOException {
    Files.writeString(temp.resolve("site.cfg"), "<polycomConfig reg.1.address=\"1\"/>");

    JsonNode root =
        json("explain", "--tree", temp.toString(), "--mac", "0004f2aabbcc", "--format", "json");

    assertThat(root.get("masterFile").isNull()).isTrue();
    assertThat(root.get("parameters")).isEmpty();
    assertThat(root.get("missingFiles")).extracting(m -> m.get("role").asText()).contains("master");
  }
}
