package dev.ucprov.core.master;

import static dev.ucprov.core.master.MasterFixtures.tree;
import static dev.ucprov.core.master.MasterFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {

  @ParameterizedTest
  @ValueSource(strings = {"logs", "./logs", "/logs", "logs/", ".\\logs", "//logs//", " logs "})
  void everySpellingSeenInTheWildMeansTheSameDirectory(String written) {
    assertThat(Location.parse(written)).contains(tree("logs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "./", ".", "\\", " ", "a/..", "./a/./../"})
  void theseAllNameTheRoot(String written) {
    assertThat(Location.parse(written)).contains(tree(""));
  }

  @Test
  void backslashesAndRepeatedSlashesBecomeOneSlash() {
    assertThat(Location.parse("firmware\\\\5.9\\sip.ld")).contains(tree("firmware/5.9/sip.ld"));
    assertThat(Location.parse("a/./b//c/../d")).contains(tree("a/b/d"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../x", "/../x", "a/../../x", "..\\x"})
  void climbingAboveTheRootIsRefused(String written) {
    assertThat(Location.parse(written)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://prov:s3cret@h.example/dir/",
        "ftp://PlcmSpIp:PlcmSpIp@10.0.0.1/logs",
        "HTTP://h.example",
        "svn+ssh://h.example/../x",
        "tftp://10.0.0.1//odd//path"
      })
  void aValueWithASchemeIsAUrlKeptAsWritten(String written) {
    assertThat(Location.parse(written)).contains(url(written));
    assertThat(Location.parse(" " + written + "\t")).contains(url(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h.example:8080/dir", "C:\\prov", "1http://x", "http:/x", "://x"})
  void aValueWithoutAProperSchemeIsATreePath(String written) {
    assertThat(Location.parse(written)).containsInstanceOf(Location.TreePath.class);
  }

  @Test
  void theSplitImageSitsBesideTheNamedOne() {
    String part = "3111-46162-001.";

    assertThat(tree("sip.ld").withFileNamePrefix(part)).isEqualTo(tree("3111-46162-001.sip.ld"));
    assertThat(tree("fw/5.9/sip.ld").withFileNamePrefix(part))
        .isEqualTo(tree("fw/5.9/3111-46162-001.sip.ld"));
    assertThat(url("https://u:p@h.example/fw/sip.ld").withFileNamePrefix(part))
        .isEqualTo(url("https://u:p@h.example/fw/3111-46162-001.sip.ld"));
    assertThat(url("https://h.example/get/sip.ld?v=1/2#x").withFileNamePrefix(part))
        .isEqualTo(url("https://h.example/get/3111-46162-001.sip.ld?v=1/2#x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://h.example", "https://h.example/", "https://h.example?f=/a"})
  void aUrlWithoutAFileNameGetsNoPrefix(String written) {
    assertThat(url(written).withFileNamePrefix("p.")).isEqualTo(url(written));
  }

  @Test
  void theRootGetsNoPrefix() {
    assertThat(tree("").withFileNamePrefix("p.")).isEqualTo(tree(""));
  }

  @Property
  void anySpellingOfADirectoryNormalisesToTheSamePath(
      @ForAll("segments") List<String> segments,
      @ForAll("leads") String lead,
      @ForAll("separators") List<String> separators,
      @ForAll("trails") String trail) {
    StringBuilder written = new StringBuilder(lead);
    for (int i = 0; i < segments.size(); i++) {
      written.append(segments.get(i));
      written.append(i + 1 < segments.size() ? separators.get(i % separators.size()) : trail);
    }

    assertThat(Location.parse(written.toString())).contains(tree(String.join("/", segments)));
  }

  @Property
  void normalisingIsIdempotentAndGivesTheCanonicalShape(@ForAll("messyPaths") String written) {
    Optional<String> once = PathSyntax.normalise(written);

    once.ifPresent(path -> {
      assertThat(PathSyntax.normalise(path)).contains(path);
      assertThat(path).doesNotStartWith("/").doesNotEndWith("/").doesNotContain("//", "\\");
      assertThat(List.of(path.split("/"))).doesNotContain(".", "..");
    });
  }

  @Provide
  Arbitrary<List<String>> segments() {
    Arbitrary<String> segment =
        Arbitraries.strings()
            .withChars("abcXYZ019_-.")
            .ofMinLength(1)
            .ofMaxLength(8)
            .filter(s -> !s.chars().allMatch(c -> c == '.'));
    return segment.list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> leads() {
    return Arbitraries.of("", "/", "./", ".\\", "\\", "//", "././", " ");
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of("/", "\\", "//", "/./", "\\.\\", "/x/../")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> trails() {
    return Arbitraries.of("", "/", "\\", "/.", "//", " ");
  }

  @Provide
  Arbitrary<String> messyPaths() {
    Arbitrary<String> piece = Arbitraries.of("a", "bc", ".", "..", "/", "\\", "//", "x.y", "...");
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
