package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import org.junit.jupiter.api.Test;

/** The cases import relies on: which tree files belong to a phone, and under which name. */
class MacNameImportTest {

  private static MacName named(String path) {
    return MacName.in(new FilePath(path)).orElseThrow();
  }

  @Test
  void findsTheMacInPhoneFileNames() {
    assertThat(named("0004f2aabbcc.cfg").mac()).isEqualTo(MacAddress.parse("0004f2aabbcc"));
    assertThat(named("overrides/0004F2AABBCC-phone.cfg").mac())
        .isEqualTo(MacAddress.parse("0004f2aabbcc"));
    assertThat(named("contacts/64167f010203-directory.xml").mac())
        .isEqualTo(MacAddress.parse("64167f010203"));
  }

  @Test
  void theCanonicalNameHasTheMacInLowerCase() {
    assertThat(named("overrides/0004F2AABBCC-phone.cfg").canonical())
        .isEqualTo(new FilePath("overrides/0004f2aabbcc-phone.cfg"));
    assertThat(named("0004f2aabbcc-lines.cfg").canonical())
        .isEqualTo(new FilePath("0004f2aabbcc-lines.cfg"));
  }

  @Test
  void sharedAndFirmwareFilesNameNoPhone() {
    assertThat(MacName.in(new FilePath("000000000000.cfg"))).isEmpty();
    assertThat(MacName.in(new FilePath("000000000000-directory.xml"))).isEmpty();
    assertThat(MacName.in(new FilePath("3111-46162-001.sip.ld"))).isEmpty();
    assertThat(MacName.in(new FilePath("site.cfg"))).isEmpty();
    assertThat(MacName.in(new FilePath("0004f2aabbccdd.cfg"))).isEmpty();
  }
}
