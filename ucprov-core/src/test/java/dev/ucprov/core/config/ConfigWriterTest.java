package dev.ucprov.core.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigWriterTest {

  private final ConfigReader reader = new ConfigReader();

  @Test
  void writesCanonicalXmlOneAttributePerLine() {
    byte[] out =
        ConfigWriter.write(
            List.of(
                ConfigParameter.of("reg.1.address", "1001"),
                ConfigParameter.of("reg.1.label", "Tom & \"Jerry\" <desk>")));

    assertThat(new String(out, UTF_8))
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <polycomConfig>
              <params
                reg.1.address="1001"
                reg.1.label="Tom &amp; &quot;Jerry&quot; &lt;desk&gt;"/>
            </polycomConfig>
            """);
  }

  @Test
  void writesNoByteOrderMarkAndUtf8() {
    byte[] out = ConfigWriter.write(List.of(ConfigParameter.of("a.b", "é")));

    assertThat(out[0]).isEqualTo((byte) '<');
    assertThat(new String(out, UTF_8)).contains("a.b=\"é\"");
  }

  @Test
  void writesAnEmptyListAsARootOnlyFile() throws Exception {
    byte[] out = ConfigWriter.write(List.of());

    ConfigFile file = reader.read("empty.cfg", out);
    assertThat(file.rootElement()).isEqualTo("polycomConfig");
    assertThat(file.parameters()).isEmpty();
  }

  @Test
  void startsANewElementForARepeatedName() throws Exception {
    List<ConfigParameter> parameters =
        List.of(
            ConfigParameter.of("a.b", "1"),
            ConfigParameter.of("c.d", "2"),
            ConfigParameter.of("a.b", "3"));

    byte[] out = ConfigWriter.write(parameters);

    assertThat(new String(out, UTF_8)).containsOnlyOnce("c.d").contains("<params", "/>");
    assertThat(new String(out, UTF_8).split("<params", -1)).hasSize(3);
    ConfigFile file = reader.read("dup.cfg", out);
    assertThat(file.parameters())
        .extracting(ConfigParameter::name, ConfigParameter::value)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("a.b", "1"),
            org.assertj.core.api.Assertions.tuple("c.d", "2"),
            org.assertj.core.api.Assertions.tuple("a.b", "3"));
    assertThat(file.values().get("a.b").value()).isEqualTo("1");
  }

  @Test
  void keepsElementsSmallEnoughForStrictParsers() throws Exception {
    List<ConfigParameter> many = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      many.add(ConfigParameter.of("p." + i, String.valueOf(i)));
    }

    String out = new String(ConfigWriter.write(many), UTF_8);

    assertThat(out.split("<params", -1)).hasSize(1 + 5);
    assertThat(reader.read("many.cfg", out.getBytes(UTF_8)).parameters())
        .extracting(ConfigParameter::name)
        .containsExactlyElementsOf(many.stream().map(ConfigParameter::name).toList());
  }

  @Test
  void keepsWhitespaceControlsThroughAttributeNormalisation() throws Exception {
    String value = "line1\r\nline2\tend\n";

    byte[] out = ConfigWriter.write(List.of(ConfigParameter.of("a.b", value)));

    assertThat(new String(out, UTF_8)).contains("line1&#13;&#10;line2&#9;end&#10;");
    assertThat(reader.read("ws.cfg", out).values().get("a.b").value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1reg", "reg..1", "reg.", "xsi:type", "a b", "nämé", "xmlns"})
  void refusesAnInvalidNameNamingIt(String name) {
    List<ConfigParameter> parameters =
        List.of(ConfigParameter.of("ok.first", "1"), ConfigParameter.of(name, "v"));

    assertThatThrownBy(() -> ConfigWriter.write(parameters))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid parameter name: '" + name + "'");
  }

  @Test
  void refusesAControlCharacterNamingTheParameter() {
    List<ConfigParameter> parameters = List.of(ConfigParameter.of("reg.1.label", "a\u0001b"));

    assertThatThrownBy(() -> ConfigWriter.write(parameters))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of 'reg.1.label' holds character U+0001, which XML 1.0 cannot carry");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\u0000", "\u001f", "\uD83D", "x\uDE00", "\uDE00\uD83D", "\uFFFE", "\uFFFF"})
  void refusesEveryCharacterXmlCannotCarry(String bad) {
    List<ConfigParameter> parameters = List.of(ConfigParameter.of("a.b", "ok" + bad));

    assertThatThrownBy(() -> ConfigWriter.write(parameters))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value of 'a.b' holds character U+");
  }

  @Test
  void refusesAMissingValueNamingTheParameter() {
    List<ConfigParameter> parameters = List.of(new ConfigParameter("a.b", null, 0, 0));

    assertThatThrownBy(() -> ConfigWriter.write(parameters))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'a.b' has no value");
  }
}
