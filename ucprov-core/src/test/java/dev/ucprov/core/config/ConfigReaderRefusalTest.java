package dev.ucprov.core.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files the reader refuses outright, and where it says the fault is. */
class ConfigReaderRefusalTest {

  /** The JDK words its own parser messages in the default locale's language. */
  private static final boolean ENGLISH = Locale.getDefault().getLanguage().equals("en");

  private final ConfigReader reader = new ConfigReader();

  private ConfigSyntaxException refusal(byte[] content) {
    return catchThrowableOfType(
        ConfigSyntaxException.class, () -> reader.read("dir/site.cfg", content));
  }

  private ConfigSyntaxException refusal(String xml) {
    return refusal(xml.getBytes(UTF_8));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // unclosed element: the parser notices at the end tag of the parent
        "<polycomConfig>\\n  <sip a.b=\"1\">\\n</polycomConfig>|3|3|must be terminated by"
            + " the matching end-tag \"</sip>\"",
        "<polycomConfig>\\n  <sip a.b=1/>\\n</polycomConfig>|2|12|Open quote is expected for"
            + " attribute \"a.b\"",
        "<polycomConfig>\\n  <sip a.b=\"x < y\"/>\\n</polycomConfig>|2|15|must not contain the"
            + " '<' character",
        "<polycomConfig>\\n  <sip a.b=\"&nbsp;\"/>\\n</polycomConfig>|2|19|The entity \"nbsp\""
            + " was referenced, but not declared",
        "<polycomConfig a.b=\"1\">|1|24|XML document structures must start and end within the"
            + " same entity",
        "<polycomConfig/>\\n<second/>|2|2|The markup in the document following the root"
            + " element must be well-formed",
        "\\n<?xml version=\"1.0\"?>\\n<polycomConfig/>|2|6|the XML declaration <?xml ...?> must be"
            + " at the very start of the file",
        "<polycomConfig>\\u0001</polycomConfig>|1|16|An invalid XML character (Unicode: 0x1)",
      })
  void refusesMalformedXmlWithFileLineAndColumn(String xml, int line, int column, String reason) {
    ConfigSyntaxException e = refusal(xml.replace("\\n", "\n").replace("\\u0001", "\u0001"));

    assertThat(e.file()).isEqualTo("dir/site.cfg");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.reason()).startsWith("malformed XML: ");
    if (ENGLISH || reason.startsWith("the XML declaration")) {
      assertThat(e.reason()).contains(reason);
    }
    assertThat(e.getMessage()).isEqualTo("dir/site.cfg:" + line + ":" + column + ": " + e.reason());
  }

  @Test
  void pointsAtTheSecondOfTwoEqualAttributesOnOneElement() {
    ConfigSyntaxException e =
        refusal(
            """
            <polycomConfig>
              <reg reg.1.address="1001"
                   reg.1.label="A"
                   reg.1.address="1002"/>
            </polycomConfig>
            """);

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.reason()).startsWith("malformed XML: ").contains("reg.1.address");
  }

  @Test
  void refusesAnEmptyFile() {
    for (byte[] empty :
        new byte[][] {
          {},
          " \n\t ".getBytes(UTF_8),
          {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
          "<?xml version=\"1.0\"?>\n<!-- only a comment -->\n".getBytes(UTF_8)
        }) {
      ConfigSyntaxException e = refusal(empty);

      assertThat(e.reason()).contains("no root element");
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
    }
    assertThat(refusal(new byte[0]).line()).isEqualTo(1);
    assertThat(refusal(new byte[0]).column()).isEqualTo(1);
  }

  @Test
  void refusesADoctypeAtItsLine() {
    ConfigSyntaxException e =
        refusal(
            """
            <?xml version="1.0"?>
            <!DOCTYPE polycomConfig>
            <polycomConfig a.b="1"/>
            """);

    assertThat(e.reason()).isEqualTo("a DOCTYPE is not allowed in a configuration file");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
  }

  @Test
  void refusesExternalEntitiesWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String uri = secret.toUri().toString();

    String[] attacks = {
      "<!DOCTYPE c [<!ENTITY x SYSTEM \"" + uri + "\">]>\n<c a.b=\"&x;\">&x;</c>",
      "<!DOCTYPE c SYSTEM \"" + uri + "\">\n<c a.b=\"1\"/>",
      "<!DOCTYPE c [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>\n<c a.b=\"1\"/>",
    };
    for (String attack : attacks) {
      ConfigSyntaxException e = refusal(attack);

      assertThat(e.reason()).contains("DOCTYPE");
      assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
      assertThat(e.line()).isEqualTo(1);
    }
  }

  @Test
  void refusesEntityExpansionQuickly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10));
      dtd.append("\">");
    }
    String laughs = dtd + "]>\n<lolz a.b=\"&lol9;\">&lol9;</lolz>";

    ConfigSyntaxException e =
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(laughs));

    assertThat(e.reason()).contains("DOCTYPE");
    assertThat(e.getMessage()).doesNotContain("lollol");
  }

  @Test
  void refusesAFileOverTheSizeLimitAsAWhole() throws Exception {
    ConfigReader small = new ConfigReader(100);
    byte[] atLimit = ("<c a.b=\"" + "x".repeat(100 - 11) + "\"/>").getBytes(UTF_8);
    byte[] overLimit = ("<c a.b=\"" + "x".repeat(101 - 11) + "\"/>").getBytes(UTF_8);
    assertThat(atLimit).hasSize(100);

    assertThat(small.read("big.cfg", atLimit).parameters()).hasSize(1);
    ConfigSyntaxException e =
        catchThrowableOfType(ConfigSyntaxException.class, () -> small.read("big.cfg", overLimit));
    assertThat(e.line()).isZero();
    assertThat(e.column()).isZero();
    assertThat(e.reason()).isEqualTo("file is 101 bytes, over the limit of 100");
    assertThat(e.getMessage()).isEqualTo("big.cfg:0:0: file is 101 bytes, over the limit of 100");
  }

  @Test
  void theSizeLimitMustBePositive() {
    assertThatThrownBy(() -> new ConfigReader(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThat(ConfigReader.DEFAULT_MAX_BYTES).isEqualTo(8 * 1024 * 1024);
  }

  @Test
  void refusesInvalidUtf8AtItsPosition() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("<polycomConfig>\n  <sip a.b=\"caf".getBytes(UTF_8));
    bytes.write(0xe9); // Latin-1 é: not UTF-8
    bytes.write("\"/>\n</polycomConfig>".getBytes(UTF_8));

    ConfigSyntaxException e = refusal(bytes.toByteArray());

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(16);
    assertThat(e.reason())
        .isEqualTo("not UTF-8: invalid byte 0xE9 at byte offset 31; save the file as UTF-8");
  }

  @Test
  void countsPositionsOfInvalidUtf8AfterABomAndMultiByteCharacters() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    bytes.write("<c a.b=\"日本\uD83D\uDCDE".getBytes(UTF_8));
    bytes.write(new byte[] {(byte) 0xc3}); // a truncated two-byte sequence at the end

    ConfigSyntaxException e = refusal(bytes.toByteArray());

    assertThat(e.line()).isEqualTo(1);
    // Columns count UTF-16 units as the parser does: 8 + 2 + 2 before the bad byte.
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.reason()).contains("0xC3").contains("byte offset 21");
  }

  @Test
  void refusesUtf16SayingSo() {
    byte[] utf16 = "\uFEFF<c a.b=\"1\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

    ConfigSyntaxException e = refusal(utf16);

    assertThat(e.reason()).contains("UTF-16").contains("save it as UTF-8");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void refusesAnElementWithMoreAttributesThanTheLimit() {
    StringBuilder xml = new StringBuilder("<polycomConfig>\n<all");
    for (int i = 0; i <= ConfigReader.MAX_ATTRIBUTES_PER_ELEMENT; i++) {
      xml.append(" p").append(i).append("=\"\"");
    }
    xml.append("/>\n</polycomConfig>");

    ConfigSyntaxException e = refusal(xml.toString());

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.reason()).containsPattern("50.?000").contains("all").doesNotContain("JAXP");
  }

  @Test
  void refusesNestingDeeperThanTheParserAllows() {
    String deep = "<c>".repeat(150) + "</c>".repeat(150);

    ConfigSyntaxException e = refusal(deep);

    assertThat(e.reason()).contains("depth");
    assertThat(e.reason()).doesNotStartWith("malformed XML: JAXP");
  }
}
