package dev.ucprov.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlAttributeEscapingTest {

  private final XmlAttributeEscaping escaping = new XmlAttributeEscaping();

  @Test
  void plainTextIsUnchanged() {
    String text = "sip.acme.example Zoë 東京 😀";

    assertThat(escaping.escape(text)).isSameAs(text);
  }

  @Test
  void markupAndQuotesBecomeEntities() {
    assertThat(escaping.escape("&<>\"'")).isEqualTo("&amp;&lt;&gt;&quot;&apos;");
    assertThat(escaping.escape("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void whitespaceIsKeptAsReferencesAndOtherControlsAreDropped() {
    assertThat(escaping.escape("a\tb\nc\rd")).isEqualTo("a&#9;b&#10;c&#13;d");
    assertThat(escaping.escape("a\u0000b\u001fc\uffffd")).isEqualTo("abcd");
  }
}
