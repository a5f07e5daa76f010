package dev.ucprov.app.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExplainJsonTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void topLevelKeysAreTheDocumentedOnesInOrder() throws Exception {
    JsonNode root = mapper.readTree(new ExplainJson().render(SampleConfig.withModel()));

    assertThat(root.properties())
        .extracting(e -> e.getKey())
        .containsExactly(
            "mac",
            "model",
            "masterFile",
            "configFiles",
            "parameters",
            "notApplied",
            "missingFiles",
            "problems");
    assertThat(root.get("mac").asText()).isEqualTo("0004f2aabbcc");
    assertThat(root.get("model").asText()).isEqualTo("VVX410");
    assertThat(root.get("masterFile").asText()).isEqualTo("000000000000.cfg");
    assertThat(root.get("configFiles"))
        .extracting(JsonNode::asText)
        .containsExactly("0004f2aabbcc-lines.cfg", "site.cfg", "features.cfg");
  }

  @Test
  void eachParameterHasValueSourceLineAndShadowedValues() throws Exception {
    JsonNode root = mapper.readTree(new ExplainJson().render(SampleConfig.withModel()));
    JsonNode offset = root.get("parameters").get("tcpIpApp.sntp.gmtOffset");

    assertThat(offset.get("value").asText()).isEqualTo("7200");
    assertThat(offset.get("source").asText()).isEqualTo("overrides/0004f2aabbcc-web.cfg");
    assertThat(offset.get("line").asInt()).isEqualTo(5);
    assertThat(offset.get("shadowed")).hasSize(2);
    JsonNode first = offset.get("shadowed").get(0);
    assertThat(first.get("value").asText()).isEqualTo("3600");
    assertThat(first.get("source").asText()).isEqualTo("0004f2aabbcc-lines.cfg");
    assertThat(first.get("line").asInt()).isEqualTo(9);
    assertThat(root.get("parameters").get("voIpProt.server.1.address").get("shadowed")).isEmpty();
  }

  @Test
  void notAppliedMissingAndProblemsCarryEveryField() throws Exception {
    JsonNode root = mapper.readTree(new ExplainJson().render(SampleConfig.withModel()));

    JsonNode notApplied = root.get("notApplied").get(0);
    assertThat(notApplied.get("name").asText()).isEqualTo("device.sntp.serverName");
    assertThat(notApplied.get("value").asText()).isEqualTo("ntp.example.net");
    assertThat(notApplied.get("source").asText()).isEqualTo("site.cfg");
    assertThat(notApplied.get("line").asInt()).isEqualTo(20);
    assertThat(notApplied.get("reason").asText()).contains(".set is not");
    JsonNode missing = root.get("missingFiles").get(0);
    assertThat(missing.get("path").asText()).isEqualTo("contacts/0004f2aabbcc-directory.xml");
    assertThat(missing.get("role").asText()).isEqualTo("contacts");
    assertThat(missing.get("consequence").asText()).contains("falls back");
    JsonNode problem = root.get("problems").get(0);
    assertThat(problem.get("kind").asText()).isEqualTo("duplicate-parameter");
    assertThat(problem.get("file").asText()).isEqualTo("site.cfg");
    assertThat(problem.get("line").asInt()).isEqualTo(22);
    assertThat(problem.get("column").asInt()).isEqualTo(7);
  }

  @Test
  void unknownModelAndMasterAreJsonNull() throws Exception {
    JsonNode root = mapper.readTree(new ExplainJson().render(SampleConfig.bare()));

    assertThat(root.get("model").isNull()).isTrue();
    assertThat(root.get("masterFile").isNull()).isTrue();
    assertThat(root.get("parameters").isObject()).isTrue();
    assertThat(root.get("parameters")).isEmpty();
  }

  @Test
  void printsOneKeyPerLineWithTwoSpaceIndent() {
    String json = new ExplainJson().render(SampleConfig.bare());

    assertThat(json).startsWith("{\n  \"mac\": \"0004f2aabbcc\",\n  \"model\": null,\n");
    assertThat(json).contains("\"configFiles\": [],").contains("\"parameters\": {},");
  }
}
