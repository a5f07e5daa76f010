package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadNameTest {

  private static final MacAddress MAC = MacAddress.parse("0004f2aabbcc");

  @ParameterizedTest
  @CsvSource({
    "0004f2aabbcc-phone.cfg, OVERRIDE_PHONE, 0004f2aabbcc-phone.cfg",
    "0004f2aabbcc-web.cfg, OVERRIDE_WEB, 0004f2aabbcc-web.cfg",
    "0004f2aabbcc-directory.xml, DIRECTORY, 0004f2aabbcc-directory.xml",
    "0004f2aabbcc-calls.xml, CALLS, 0004f2aabbcc-calls.xml",
    "0004f2aabbcc-boot.log, LOG, 0004f2aabbcc-boot.log",
    "0004f2aabbcc-app.log, LOG, 0004f2aabbcc-app.log",
    "0004f2aabbcc-app_2.old-1.log, LOG, 0004f2aabbcc-app_2.old-1.log",
    "0004F2AABBCC-phone.cfg, OVERRIDE_PHONE, 0004f2aabbcc-phone.cfg",
    "0004F2AABBCC-Web.CFG, OVERRIDE_WEB, 0004f2aabbcc-web.cfg",
    "0004F2AABBCC-App.log, LOG, 0004f2aabbcc-app.log",
  })
  void theKindAndTheLowerCaseNameComeFromTheFileName(
      String fileName, UploadKind kind, String stored) {
    assertThat(UploadName.parse(fileName)).contains(new UploadName(MAC, kind, stored));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0004f2aabbcc-phone.cfg",
        "overrides/0004f2aabbcc-phone.cfg",
        "logs/0004F2AABBCC-phone.cfg",
        "a/b/c/d/0004f2aabbcc-phone.cfg"
      })
  void onlyTheLastSegmentCountsSoEveryDirectoryNamesTheSameUpload(String path) {
    assertThat(UploadName.parse(new FilePath(path)).map(UploadName::name))
        .contains("0004f2aabbcc-phone.cfg");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000000000000-phone.cfg",
        "000000000000-directory.xml",
        "000000000000-app.log",
        "0004f2aabbcc.cfg",
        "0004f2aabbcc-lines.cfg",
        "0004f2aabbcc-license.cfg",
        "0004f2aabbcc-phone.cfg.bak",
        "0004f2aabbcc-.log",
        "0004f2aabbcc-.hidden.log",
        "0004f2aabbcc-a b.log",
        "0004f2aabbcc-phone.xml",
        "x0004f2aabbcc-phone.cfg",
        "004f2aabbcc-phone.cfg",
        "0004f2aabbccd-phone.cfg",
        "0004f2aabbcc_phone.cfg",
        "phone.cfg",
        "site.cfg",
        "[PHONE_MAC_ADDRESS]-phone.cfg"
      })
  void otherNamesAreNotUploads(String fileName) {
    assertThat(UploadName.parse(fileName)).isEmpty();
  }

  @Test
  void aLogNameIsAtMost64CharactersBetweenMacAndExtension() {
    assertThat(UploadName.parse("0004f2aabbcc-" + "a".repeat(64) + ".log")).isPresent();
    assertThat(UploadName.parse("0004f2aabbcc-" + "a".repeat(65) + ".log")).isEmpty();
  }

  @Test
  void aDirectoryNamedLikeAnUploadDoesNotMakeTheFileOne() {
    assertThat(UploadName.parse(new FilePath("0004f2aabbcc-phone.cfg/site.cfg")))
        .isEqualTo(Optional.empty());
  }

  @Test
  void theConstructorRefusesAnInconsistentName() {
    assertThatThrownBy(() -> new UploadName(MAC, UploadKind.LOG, "0004f2aabbcc-phone.cfg"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new UploadName(
                MacAddress.parse("0004f2000001"),
                UploadKind.OVERRIDE_PHONE,
                "0004f2aabbcc-phone.cfg"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new UploadName(MAC, UploadKind.OVERRIDE_PHONE, "0004F2AABBCC-phone.cfg"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kindsHaveLabelsForTheApiAndTheDatabase() {
    assertThat(UploadKind.OVERRIDE_PHONE.label()).isEqualTo("override-phone");
    assertThat(UploadKind.LOG.label()).isEqualTo("log");
  }
}
