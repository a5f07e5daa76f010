package dev.ucprov.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
}
