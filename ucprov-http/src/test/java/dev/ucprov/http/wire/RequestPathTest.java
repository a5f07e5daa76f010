package dev.ucprov.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.http.wire.RequestPath.Decoded;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

  @ParameterizedTest
  @CsvSource({
    "/acme/0004f2aabbcc.cfg, /acme/0004f2aabbcc.cfg",
    "/a%20b.cfg, /a b.cfg",
    "/%5BPHONE_MAC_ADDRESS%5D.cfg, /[PHONE_MAC_ADDRESS].cfg",
    "/caf%C3%A9.xml, /café.xml",
    "/a+b, /a+b",
    "/, /"
  })
  void decodesOnce(String raw, String expected) {
    assertThat(RequestPath.decode(raw)).isEqualTo(new Decoded.Path(expected));
  }

  @ParameterizedTest
  @CsvSource({"/%2541.cfg, /%41.cfg", "/%252F, /%2F"})
  void neverDecodesTwice(String raw, String expected) {
    assertThat(RequestPath.decode(raw)).isEqualTo(new Decoded.Path(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/a%2Fb", "/a%2fb", "/a%5Cb", "/a\\b", "/a%00b", "/a%", "/a%4", "/a%zz", "/%C3"})
  void refusesHiddenSeparatorsNulAndBadEncodings(String raw) {
    assertThat(RequestPath.decode(raw)).isInstanceOf(Decoded.Refused.class);
  }

  @ParameterizedTest
  @CsvSource({
    "/a%2Fb, encoded '/' (%2F) in path at index 2",
    "/a%zz, invalid percent-encoding in path at index 2",
    "/a%00, encoded NUL (%00) in path at index 2"
  })
  void namesWhatWasWrongAndWhere(String raw, String reason) {
    assertThat(RequestPath.decode(raw)).isEqualTo(new Decoded.Refused(reason));
  }

  @ParameterizedTest
  @CsvSource({"/acme/x.cfg, acme/x.cfg", "x.cfg, x.cfg", "//x, /x"})
  void relativeDropsOneLeadingSlash(String decoded, String expected) {
    assertThat(RequestPath.relative(decoded)).isEqualTo(expected);
  }

  @Property
  void plainAsciiWithoutPercentOrBackslashIsUnchanged(@ForAll("plainPaths") String path) {
    assertThat(RequestPath.decode(path)).isEqualTo(new Decoded.Path(path));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> plainPaths() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('!', '~')
        .excludeChars('%', '\\')
        .ofMaxLength(40)
        .map(s -> "/" + s);
  }
}
