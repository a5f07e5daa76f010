package dev.ucprov.core.master;

import static dev.ucprov.core.master.MasterFixtures.VVX410;
import static dev.ucprov.core.master.MasterFixtures.masterWith;
import static dev.ucprov.core.master.MasterFixtures.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasterLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"LOG_FILE_DIRECTORY", "APP_FILE_PATH", "BOOTBLOCK_FILE_PATH"})
  void aPathOf255CharactersIsFine(String attribute) {
    ResolvedMaster r = resolve(masterWith(attribute + "=\"" + path(255) + "\""), VVX410);

    assertThat(r.problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"LOG_FILE_DIRECTORY", "APP_FILE_PATH", "BOOTBLOCK_FILE_PATH"})
  void aPathOf256CharactersIsReportedAndStillUsed(String attribute) {
    ResolvedMaster r = resolve(masterWith(attribute + "=\"" + path(256) + "\""), VVX410);

    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.attribute()).isEqualTo(attribute);
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.message())
              .contains(attribute, "256 characters", "limit of 255", "may ignore or truncate");
        });
    assertThat(r.attribute(MasterAttribute.valueOf(attribute))).contains(path(256));
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256})
  void eachConfigFilesEntryHasThePathLimit(int length) {
    ResolvedMaster r =
        resolve(masterWith("CONFIG_FILES=\"site.cfg, " + path(length) + "\""), VVX410);

    assertThat(r.configFiles()).hasSize(2);
    if (length <= MasterLimits.PATH) {
      assertThat(r.problems()).isEmpty();
    } else {
      assertThat(r.problems())
          .singleElement()
          .extracting(MasterProblem::message)
          .asString()
          .contains("entry 'dir/", "of CONFIG_FILES is 256 characters", "limit of 255");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2047, 2048})
  void theWholeConfigFilesValueHasItsOwnLimit(int length) {
    String list = list(length);
    assertThat(list).hasSize(length);

    ResolvedMaster r = resolve(masterWith("CONFIG_FILES_VVX410=\"" + list + "\""), VVX410);

    if (length <= MasterLimits.CONFIG_FILES) {
      assertThat(r.problems()).isEmpty();
    } else {
      assertThat(r.problems())
          .singleElement()
          .satisfies(p -> {
            assertThat(p.attribute()).isEqualTo("CONFIG_FILES_VVX410");
            assertThat(p.message())
                .contains("2048 characters", "limit of 2047", "may ignore or truncate");
          });
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256})
  void limitsApplyToTheValueAsWrittenNotAfterSubstitution(int length) {
    String token = "[PHONE_MAC_ADDRESS]";
    String written = path(length - token.length()) + token;

    ResolvedMaster r = resolve(masterWith("OVERRIDES_DIRECTORY=\"" + written + "\""), VVX410);

    assertThat(r.problems()).hasSize(length <= 255 ? 0 : 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256})
  void charactersAreCountedNotBytes(int length) {
    String written = "é".repeat(length);

    ResolvedMaster r = resolve(masterWith("CONTACTS_DIRECTORY=\"" + written + "\""), VVX410);

    assertThat(r.problems()).hasSize(length <= 255 ? 0 : 1);
  }

  @Test
  void miscFilesHasNoLimitSinceItHasNoEffect() {
    ResolvedMaster r = resolve(masterWith("MISC_FILES=\"" + path(3000) + "\""), VVX410);

    assertThat(r.problems()).isEmpty();
  }

  /** A relative path of exactly {@code length} characters. */
  private static String path(int length) {
    return "dir/" + "p".repeat(length - 4);
  }

  /** A CONFIG_FILES value of exactly {@code length} characters, no entry over the path limit. */
  private static String list(int length) {
    String entry = "e".repeat(99) + ",";
    StringBuilder out = new StringBuilder();
    while (length - out.length() > 100) {
      out.append(entry);
    }
    return out.append("f".repeat(length - out.length())).toString();
  }
}
