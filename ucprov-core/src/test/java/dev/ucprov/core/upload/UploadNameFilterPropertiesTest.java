package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick filter before {@code UploadName}'s expression never turns away a name it matches. */
class UploadNameFilterPropertiesTest {

  private static final Pattern SHAPE =
      Pattern.compile(
          "([0-9a-f]{12})-(phone\\.cfg|web\\.cfg|directory\\.xml|calls\\.xml"
              + "|[a-z0-9][a-z0-9._-]{0,63}\\.log)");

  @Property(tries = 5000)
  void theFilterPassesEveryNameTheExpressionMatches(@ForAll("fileNames") String name) {
    boolean matches = SHAPE.matcher(name.toLowerCase(Locale.ROOT)).matches();

    if (matches) {
      assertThat(UploadName.mayBeUpload(name)).as(name).isTrue();
    }
    assertThat(UploadName.parse(name).isPresent())
        .as(name)
        .isEqualTo(matches && !name.regionMatches(0, "000000000000", 0, 12));
  }

  @Provide
  Arbitrary<String> fileNames() {
    Arbitrary<String> mac =
        Arbitraries.strings().withChars("0123456789abcdefABCDEFgz").ofLength(12);
    Arbitrary<String> separator = Arbitraries.of("-", "-", "-", "_", "");
    Arbitrary<String> tail =
        Arbitraries.oneOf(
            Arbitraries.of(
                "phone.cfg",
                "PHONE.CFG",
                "web.cfg",
                "directory.xml",
                "calls.xml",
                "lines.cfg",
                "license.cfg",
                "boot.log",
                "app.LOG",
                "x.log",
                ".log",
                "phone.cfgx",
                "cfg"),
            Arbitraries.strings().withChars("abz09._-LOG").ofMaxLength(70).map(s -> s + ".log"),
            Arbitraries.strings().withChars("abcdefghilnoprwxy.").ofMaxLength(14));
    return Combinators.combine(mac, separator, tail).as((m, s, t) -> m + s + t);
  }
}
