package dev.ucprov.app.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTextTest {

  @Test
  void headerNamesThePhoneTheMasterAndTheFilesInOrder() {
    List<String> lines = new ExplainText(SampleConfig.withModel(), List.of()).lines();

    assertThat(lines)
        .startsWith(
            "MAC            0004f2aabbcc (00:04:f2:aa:bb:cc)",
            "Model          VVX410",
            "Master file    000000000000.cfg",
            "Config files   1. 0004f2aabbcc-lines.cfg  (leftmost wins)",
            "               2. site.cfg",
            "               3. features.cfg",
            "Missing files  contacts/0004f2aabbcc-directory.xml (contacts): the phone falls back"
                + " to 000000000000-directory.xml");
  }

  @Test
  void parametersAreAlignedWithShadowedValuesIndentedBelow() {
    List<String> lines = new ExplainText(SampleConfig.withModel(), List.of()).lines();

    int start = lines.indexOf("Parameters (3)");
    assertThat(lines.subList(start + 1, start + 8))
        .containsExactly(
            "PARAMETER                  VALUE            SOURCE",
            "reg.1.address              1001             0004f2aabbcc-lines.cfg:6",
            "  shadowed:                \"\"               phone1.cfg:4",
            "tcpIpApp.sntp.gmtOffset    7200             overrides/0004f2aabbcc-web.cfg:5",
            "  shadowed:                3600             0004f2aabbcc-lines.cfg:9",
            "  shadowed:                0                site.cfg:13",
            "voIpProt.server.1.address  sip.example.net  site.cfg:4");
  }

  @Test
  void notAppliedAndProblemsFollowWithTheirReasons() {
    List<String> lines = new ExplainText(SampleConfig.withModel(), List.of()).lines();

    assertThat(lines)
        .containsSubsequence(
            "Not applied (1)",
            "PARAMETER               VALUE            SOURCE       REASON",
            "device.sntp.serverName  ntp.example.net  site.cfg:20  device.sntp.serverName.set is"
                + " not \"1\"",
            "Problems (1)",
            "site.cfg:22  duplicate-parameter  'voice.volume.persist.handsfree' is set again (first"
                + " at line 18); the first value is kept");
  }

  @Test
  void saysWhatIsUnknownRatherThanPrintingNothing() {
    List<String> lines = new ExplainText(SampleConfig.bare(), List.of("reg.9.address")).lines();

    assertThat(lines)
        .contains(
            "Model          (not given: only generic master entries apply)",
            "Master file    (none found)",
            "Config files   (none)",
            "Parameters: none",
            "Not set in any file (the firmware default applies): reg.9.address");
    assertThat(lines).noneMatch(line -> line.startsWith("Not applied"));
  }

  @Test
  void quotesOnlyValuesThatWouldOtherwiseBeInvisible() {
    assertThat(ExplainText.shown("1001")).isEqualTo("1001");
    assertThat(ExplainText.shown("Front desk")).isEqualTo("Front desk");
    assertThat(ExplainText.shown("")).isEqualTo("\"\"");
    assertThat(ExplainText.shown(" padded ")).isEqualTo("\" padded \"");
    assertThat(ExplainText.shown("two\nlines")).isEqualTo("\"two\\nlines\"");
    assertThat(ExplainText.shown("\"quoted\"")).isEqualTo("\"\\\"quoted\\\"\"");
  }
}
