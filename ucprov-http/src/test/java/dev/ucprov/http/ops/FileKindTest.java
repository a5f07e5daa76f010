package dev.ucprov.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileKindTest {

  @ParameterizedTest
  @CsvSource({
    "000000000000.cfg, master",
    "acme/0004f2aabbcc.cfg, master",
    "0004F2AABBCC.cfg, master",
    "sip.cfg, config",
    "site/features.xml, config",
    "0004f2aabbcc-lines.cfg, config",
    "sip.ld, firmware",
    "3111-46162-001.sip.ld, firmware",
    "bootrom.ld, firmware",
    "0004f2aabbcc-phone.cfg, override",
    "overrides/0004f2aabbcc-web.cfg, override",
    "0004f2aabbcc-directory.xml, directory",
    "000000000000-directory.xml, directory",
    "0004f2aabbcc-boot.log, log",
    "logs/0004f2aabbcc-app.log, log",
    "000000000000-license.cfg, licence",
    "0004f2aabbcc-license.cfg, licence",
    "site-phone.cfg, config",
    "favicon.ico, other",
    "'', other",
    "acme/, other"
  })
  void classifiesByName(String path, String label) {
    assertThat(FileKind.of(path).label()).isEqualTo(label);
  }

  private static final Pattern MASTER_NAME = Pattern.compile("[0-9a-f]{12}\\.cfg");
  private static final Pattern OVERRIDE_NAME = Pattern.compile("[0-9a-f]{12}-(phone|web)\\.cfg");
  private static final Pattern DIRECTORY_NAME = Pattern.compile("[0-9a-f]{12}-directory\\.xml");
  private static final Pattern LICENCE_NAME = Pattern.compile("[0-9a-f]{12}-licen[cs]e\\.cfg");

  /** FileKind classifies by hand for speed; held here to the expressions that define the kinds. */
  @Property(tries = 3000)
  void agreesWithTheDefiningExpressions(@ForAll("names") String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    FileKind expected;
    if (name.endsWith(".ld")) {
      expected = FileKind.FIRMWARE;
    } else if (name.endsWith(".log")) {
      expected = FileKind.LOG;
    } else if (LICENCE_NAME.matcher(name).matches()) {
      expected = FileKind.LICENCE;
    } else if (DIRECTORY_NAME.matcher(name).matches()) {
      expected = FileKind.DIRECTORY;
    } else if (OVERRIDE_NAME.matcher(name).matches()) {
      expected = FileKind.OVERRIDE;
    } else if (MASTER_NAME.matcher(name).matches()) {
      expected = FileKind.MASTER;
    } else if (name.endsWith(".cfg") || name.endsWith(".xml")) {
      expected = FileKind.CONFIG;
    } else {
      expected = FileKind.OTHER;
    }

    assertThat(FileKind.of(path)).as(path).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> mac =
        Arbitraries.strings().withChars("0123456789abcdefABCDEFg").ofMinLength(11).ofMaxLength(13);
    Arbitrary<String> suffix =
        Arbitraries.of(
            ".cfg",
            ".CFG",
            "-phone.cfg",
            "-web.cfg",
            "-directory.xml",
            "-license.cfg",
            "-licence.cfg",
            "-lines.cfg",
            ".xml",
            ".ld",
            "-app.log",
            "",
            "-phone.cfgx",
            ".txt");
    return Combinators.combine(Arbitraries.of("", "acme/", "a/b/"), mac, suffix)
        .as((dir, m, s) -> dir + m + s);
  }
}
