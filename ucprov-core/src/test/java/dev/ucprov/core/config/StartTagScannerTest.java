package dev.ucprov.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartTagScannerTest {

  @Test
  void findsStartTagsInOrderSkippingWhatMayHideAnAngleBracket() {
    String text =
        "<?xml version='1.0'?><!-- <no a='1'> --><root x='1'><?pi <no>?>"
            + "<![CDATA[<no b='2'>]]></root >";
    StartTagScanner scanner = new StartTagScanner(text);

    StartTagScanner.StartTag root = scanner.next();
    StartTagScanner.StartTag end = scanner.next();

    assertThat(root.offset()).isEqualTo(text.indexOf("<root"));
    assertThat(root.attributes())
        .containsExactly(new StartTagScanner.Attribute("x", text.indexOf("x='1'")));
    assertThat(end.offset()).isEqualTo(text.length());
    assertThat(end.attributes()).isEmpty();
    assertThat(scanner.next().offset()).isEqualTo(text.length());
  }

  @Test
  void readsNamesAndQuotedValuesThatHoldTheOtherQuoteAndAngleBrackets() {
    String text = "<c\n a = \"it's > here\"\tb='say \"hi\"' p:q=\"1\"/><d e='/>'>";
    StartTagScanner scanner = new StartTagScanner(text);

    assertThat(scanner.next().attributes())
        .containsExactly(
            new StartTagScanner.Attribute("a", 4),
            new StartTagScanner.Attribute("b", text.indexOf("b='")),
            new StartTagScanner.Attribute("p:q", text.indexOf("p:q")));
    StartTagScanner.StartTag d = scanner.next();
    assertThat(d.offset()).isEqualTo(text.indexOf("<d"));
    assertThat(d.attributes())
        .containsExactly(new StartTagScanner.Attribute("e", text.indexOf("e='")));
  }

  @Test
  void keepsARepeatedAttribute() {
    StartTagScanner scanner = new StartTagScanner("<c a='1' a='2'/>");

    assertThat(scanner.next().attributes())
        .containsExactly(
            new StartTagScanner.Attribute("a", 3), new StartTagScanner.Attribute("a", 9));
  }

  @Test
  void stopsAtTheEndOfUnfinishedMarkupWithoutLooping() {
    for (String broken :
        new String[] {
          "<!-- open", "<![CDATA[ open", "<? open", "</open", "<c a='open", "<c a=", "<c a", "<"
        }) {
      StartTagScanner scanner = new StartTagScanner(broken);

      scanner.next();

      assertThat(scanner.next().offset()).isEqualTo(broken.length());
    }
  }
}
