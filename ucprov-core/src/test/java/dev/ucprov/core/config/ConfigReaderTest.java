package dev.ucprov.core.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigReaderTest {

  private final ConfigReader reader = new ConfigReader();

  private ConfigFile read(String xml) throws ConfigSyntaxException {
    return reader.read("site.cfg", xml.getBytes(UTF_8));
  }

  @Test
  void collectsEveryAttributeOfEveryElementInDocumentOrder() throws Exception {
    ConfigFile file =
        read(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <polycomConfig root.a="1">
              <sip sip.b="2" sip.c="3">
                <phone1 deep.d="4">
                  <PHONE><x deep.e="5"/></PHONE>
                </phone1>
                <after.deep f="6"/>
              </sip>
              <sibling s.g="7"/>
              <sibling s.h="8"></sibling>
            </polycomConfig>
            """);

    assertThat(file.rootElement()).isEqualTo("polycomConfig");
    assertThat(file.parameters())
        .extracting(ConfigParameter::name, ConfigParameter::value)
        .containsExactly(
            tuple("root.a", "1"),
            tuple("sip.b", "2"),
            tuple("sip.c", "3"),
            tuple("deep.d", "4"),
            tuple("deep.e", "5"),
            tuple("f", "6"),
            tuple("s.g", "7"),
            tuple("s.h", "8"));
    assertThat(file.path()).isEqualTo("site.cfg");
    assertThat(file.problems()).isEmpty();
  }

  @Test
  void givesEachParameterTheLineAndColumnOfItsName() throws Exception {
    ConfigFile file =
        read(
            """
            <polycomConfig root.a="1">
              <sip sip.b="2" sip.c="3">
                <PHONE><x deep.e="5"/></PHONE>
              </sip>
            </polycomConfig>
            """);

    assertThat(file.parameters())
        .extracting(ConfigParameter::name, ConfigParameter::line, ConfigParameter::column)
        .containsExactly(
            tuple("root.a", 1, 16),
            tuple("sip.b", 2, 8),
            tuple("sip.c", 2, 18),
            tuple("deep.e", 3, 15));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void positionsHoldWhenAStartTagSpansSeveralLines(String lineEnd) throws Exception {
    String xml =
        String.join(
            lineEnd,
            "<polycomConfig>",
            "  <reg",
            "     reg.1.address=\"1001\"",
            "\treg.1.label = 'Desk'  reg.1.lineKeys=\"2\"",
            "     reg.1.auth.password='a > b'",
            "     reg.1.type=\"private\"/>",
            "</polycomConfig>");

    ConfigFile file = read(xml);

    assertThat(file.parameters())
        .extracting(ConfigParameter::name, ConfigParameter::line, ConfigParameter::column)
        .containsExactly(
            tuple("reg.1.address", 3, 6),
            tuple("reg.1.label", 4, 2),
            tuple("reg.1.lineKeys", 4, 24),
            tuple("reg.1.auth.password", 5, 6),
            tuple("reg.1.type", 6, 6));
    assertThat(file.first("reg.1.auth.password").map(ConfigParameter::value)).contains("a > b");
  }

  @Test
  void readsAttributesOnTheRootOfAMasterConfig() throws Exception {
    ConfigFile file =
        read(
            """
            <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg">
              <APPLICATION_VVX410 APP_FILE_PATH_VVX410="vvx410/sip.ld"/>
            </APPLICATION>
            """);

    assertThat(file.rootElement()).isEqualTo("APPLICATION");
    assertThat(file.values().keySet())
        .containsExactly("APP_FILE_PATH", "CONFIG_FILES", "APP_FILE_PATH_VVX410");
    assertThat(file.values().get("CONFIG_FILES").value())
        .isEqualTo("[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg");
  }

  @Test
  void readsAPhoneOverrideFile() throws Exception {
    ConfigFile file =
        read(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Phone settings changed on the web UI -->
            <PHONE_CONFIG><WEB up.backlight.idleIntensity="1"/></PHONE_CONFIG>
            """);

    assertThat(file.rootElement()).isEqualTo("PHONE_CONFIG");
    assertThat(file.parameters())
        .containsExactly(new ConfigParameter("up.backlight.idleIntensity", "1", 3, 20));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<polycomConfig/>",
        "<polycomConfig></polycomConfig>",
        "<?xml version=\"1.0\"?>\n<polycomConfig>\n  <!-- nothing yet -->\n</polycomConfig>\n",
      })
  void readsARootOnlyFile(String xml) throws Exception {
    ConfigFile file = read(xml);

    assertThat(file.rootElement()).isEqualTo("polycomConfig");
    assertThat(file.parameters()).isEmpty();
    assertThat(file.problems()).isEmpty();
    assertThat(file.values()).isEmpty();
  }

  @Test
  void readsAClearedOverride() throws Exception {
    ConfigFile file = read("<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>");

    assertThat(file.rootElement()).isEqualTo("PHONE_CONFIG");
    assertThat(file.parameters()).isEmpty();
  }

  @Test
  void readsUtf8WithAndWithoutAByteOrderMarkAlike() throws Exception {
    String xml =
        """
        <polycomConfig lcl.ml.lang="Français" reg.1.label="東京 Zürich">
          <x reg.2.label="☎ \uD83D\uDCDE"/>
        </polycomConfig>
        """;
    byte[] plain = xml.getBytes(UTF_8);
    ByteArrayOutputStream withBom = new ByteArrayOutputStream();
    withBom.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    withBom.write(plain);

    ConfigFile fromPlain = reader.read("a.cfg", plain);
    ConfigFile fromBom = reader.read("a.cfg", withBom.toByteArray());

    assertThat(fromPlain.parameters())
        .containsExactly(
            new ConfigParameter("lcl.ml.lang", "Français", 1, 16),
            new ConfigParameter("reg.1.label", "東京 Zürich", 1, 39),
            new ConfigParameter("reg.2.label", "☎ \uD83D\uDCDE", 2, 6));
    assertThat(fromBom).isEqualTo(fromPlain);
  }

  @Test
  void ignoresCommentsProcessingInstructionsAndCdata() throws Exception {
    ConfigFile file =
        read(
            """
            <?xml version="1.0"?>
            <!-- <params fake.a="1"/> -->
            <?editor <params fake.b="2"/> ?>
            <polycomConfig>
              <!-- a comment holding > and <params fake.c="3"/> -->
              <sip a.real="1"/><?pi <x fake.d="4"/>?>
              <text><![CDATA[<params fake.e="5"/>]]>plain &lt;text&gt;</text>
              <last b.real="2"/>
            </polycomConfig>
            <!-- trailing -->
            """);

    assertThat(file.parameters())
        .containsExactly(
            new ConfigParameter("a.real", "1", 6, 8), new ConfigParameter("b.real", "2", 8, 9));
  }

  @Test
  void decodesEntitiesAndNormalisesRawWhitespaceInValues() throws Exception {
    ConfigFile file =
        read(
            "<c a.amp=\"x &amp; y &lt;z&gt; &quot;q&quot; &apos;\" a.ref=\"&#65;&#x1F4DE;&#10;\""
                + " a.raw=\"tab\there\nnewline\"/>");

    assertThat(file.values().get("a.amp").value()).isEqualTo("x & y <z> \"q\" '");
    assertThat(file.values().get("a.ref").value()).isEqualTo("A\uD83D\uDCDE\n");
    // XML attribute-value normalisation: raw tab and line end become spaces (XML 1.0 §3.3.3).
    assertThat(file.values().get("a.raw").value()).isEqualTo("tab here newline");
  }

  @Test
  void keepsBothOccurrencesOfARepeatedParameterAndReportsIt() throws Exception {
    ConfigFile file =
        read(
            """
            <polycomConfig>
              <reg reg.1.address="1001" reg.1.label="A"/>
              <other x.y="z"/>
              <reg2
                 reg.1.address="2002"/>
            </polycomConfig>
            """);

    assertThat(file.parameters())
        .extracting(ConfigParameter::name, ConfigParameter::value)
        .containsExactly(
            tuple("reg.1.address", "1001"),
            tuple("reg.1.label", "A"),
            tuple("x.y", "z"),
            tuple("reg.1.address", "2002"));
    assertThat(file.values().keySet()).containsExactly("reg.1.address", "reg.1.label", "x.y");
    assertThat(file.values().get("reg.1.address").value()).isEqualTo("1001");
    assertThat(file.first("reg.1.address").map(ConfigParameter::line)).contains(2);
    assertThat(file.problems())
        .containsExactly(
            new ConfigProblem(
                ConfigProblem.Kind.DUPLICATE_PARAMETER,
                "site.cfg",
                5,
                6,
                "'reg.1.address' is set again to \"2002\" (first at line 2, column 8, to \"1001\");"
                    + " the first value is kept"));
  }

  @Test
  void reportsEveryRepeatAgainstTheFirstAndShortensLongValues() throws Exception {
    String longValue = "v".repeat(100);
    ConfigFile file = read("<c><a p.q=\"" + longValue + "\"/><b p.q=\"2\"/><d p.q=\"3\"/></c>");

    assertThat(file.problems()).hasSize(2);
    assertThat(file.problems())
        .allSatisfy(p ->
            assertThat(p.message())
                .contains("first at line 1, column 7, to \"" + "v".repeat(60) + "...\"")
                .doesNotContain("v".repeat(61)));
    assertThat(file.values().get("p.q").value()).isEqualTo(longValue);
  }

  @Test
  void reportsInvalidNamesAndLeavesThemOut() throws Exception {
    ConfigFile file =
        read(
            """
            <polycomConfig good.one="1"
                reg..1="2" trailing.="3" nämé="4" _under.score="5" a-b.c-d="6"/>
            """);

    assertThat(file.parameters())
        .extracting(ConfigParameter::name)
        .containsExactly("good.one", "_under.score", "a-b.c-d");
    assertThat(file.problems())
        .extracting(ConfigProblem::kind, ConfigProblem::line, ConfigProblem::column)
        .containsExactly(
            tuple(ConfigProblem.Kind.INVALID_PARAMETER_NAME, 2, 5),
            tuple(ConfigProblem.Kind.INVALID_PARAMETER_NAME, 2, 16),
            tuple(ConfigProblem.Kind.INVALID_PARAMETER_NAME, 2, 30));
    assertThat(file.problems())
        .extracting(ConfigProblem::message)
        .containsExactly(
            "'reg..1' is not a valid parameter name; the phone ignores it",
            "'trailing.' is not a valid parameter name; the phone ignores it",
            "'nämé' is not a valid parameter name; the phone ignores it");
    assertThat(file.problems()).extracting(ConfigProblem::file).containsOnly("site.cfg");
  }

  @Test
  void namespaceAttributesAreNotParameters() throws Exception {
    ConfigFile file =
        read(
            """
            <polycomConfig xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:noNamespaceSchemaLocation="polycomConfig.xsd" a.b="1">
              <x xmlns="urn:example" c.d="2" xml:lang="en"/>
            </polycomConfig>
            """);

    assertThat(file.parameters())
        .containsExactly(
            new ConfigParameter("a.b", "1", 2, 55), new ConfigParameter("c.d", "2", 3, 26));
    assertThat(file.problems()).isEmpty();
  }

  @Test
  void toleratesUndeclaredPrefixes() throws Exception {
    ConfigFile file =
        read(
            """
            <polycomConfig xsi:noNamespaceSchemaLocation="polycomConfig.xsd">
              <p:sip a.b="1" q:c="2"/>
            </polycomConfig>
            """);

    assertThat(file.parameters()).containsExactly(new ConfigParameter("a.b", "1", 2, 10));
    assertThat(file.problems()).isEmpty();
  }

  @Test
  void takesAnElementWithThousandsOfAttributes() throws Exception {
    StringBuilder xml = new StringBuilder("<polycomConfig>\n<all");
    for (int i = 0; i < 5000; i++) {
      xml.append("\n  p.").append(i).append("=\"").append(i).append('"');
    }
    xml.append("/>\n</polycomConfig>");

    ConfigFile file = read(xml.toString());

    assertThat(file.parameters()).hasSize(5000);
    assertThat(file.parameters().get(4999))
        .isEqualTo(new ConfigParameter("p.4999", "4999", 5002, 3));
  }

  @Test
  void takesAFileWithManyEscapedCharacters() throws Exception {
    String value = "&amp;&lt;&gt;&quot;&apos;".repeat(50);
    String element = "<e a.b=\"" + value + "\"/>\n";

    ConfigFile file = read("<polycomConfig>\n" + element.repeat(1000) + "</polycomConfig>");

    assertThat(file.parameters()).hasSize(1000);
    assertThat(file.parameters().get(999).value()).isEqualTo("&<>\"'".repeat(50));
  }

  @Test
  void keepsPositionsExactInALargeFileWithWindowsLineEnds() throws Exception {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\r\n<polycomConfig>\r\n");
    for (int i = 0; i < 3000; i++) {
      // Line 3 + 3i holds the comment, 4 + 3i the tag name, 5 + 3i the attribute.
      xml.append("<!-- <x fake=\"1\"> \uD83D\uDCDE -->\r\n")
          .append("  <e")
          .append(i)
          .append(" \r\n")
          .append("    p.")
          .append(i)
          .append("=\"a&amp;b &#10;\uD83D\uDCDE\"/>\r\n");
    }
    xml.append("</polycomConfig>\r\n");

    ConfigFile file = read(xml.toString());

    assertThat(file.parameters()).hasSize(3000);
    for (int i = 0; i < 3000; i++) {
      assertThat(file.parameters().get(i))
          .isEqualTo(new ConfigParameter("p." + i, "a&b \n\uD83D\uDCDE", 5 + 3 * i, 5));
    }
  }

  @Test
  void validParameterNames() {
    assertThat(ConfigReader.isValidParameterName("reg.1.address")).isTrue();
    assertThat(ConfigReader.isValidParameterName("voIpProt.server.1.address")).isTrue();
    assertThat(ConfigReader.isValidParameterName("APP_FILE_PATH_VVX410")).isTrue();
    assertThat(ConfigReader.isValidParameterName("a-b.1-2._x")).isTrue();
    assertThat(ConfigReader.isValidParameterName("x")).isTrue();
    assertThat(ConfigReader.isValidParameterName(null)).isFalse();
    assertThat(ConfigReader.isValidParameterName("")).isFalse();
    assertThat(ConfigReader.isValidParameterName("1reg")).isFalse();
    assertThat(ConfigReader.isValidParameterName(".reg")).isFalse();
    assertThat(ConfigReader.isValidParameterName("reg.")).isFalse();
    assertThat(ConfigReader.isValidParameterName("reg..1")).isFalse();
    assertThat(ConfigReader.isValidParameterName("xsi:type")).isFalse();
    assertThat(ConfigReader.isValidParameterName("reg 1")).isFalse();
    assertThat(ConfigReader.isValidParameterName("régl")).isFalse();
    assertThat(ConfigReader.isValidParameterName("xmlns")).isFalse();
    assertThat(ConfigReader.isValidParameterName("xmlns.x")).isTrue();
  }
}
