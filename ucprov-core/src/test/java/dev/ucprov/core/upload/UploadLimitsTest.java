package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UploadLimitsTest {

  @Test
  void theDefaultsAreTheIssuesNumbers() {
    UploadLimits limits = UploadLimits.defaults();

    assertThat(limits.cap(UploadKind.OVERRIDE_PHONE)).isEqualTo(256 * 1024);
    assertThat(limits.cap(UploadKind.OVERRIDE_WEB)).isEqualTo(256 * 1024);
    assertThat(limits.cap(UploadKind.DIRECTORY)).isEqualTo(1024 * 1024);
    assertThat(limits.cap(UploadKind.CALLS)).isEqualTo(1024 * 1024);
    assertThat(limits.cap(UploadKind.LOG)).isEqualTo(512 * 1024);
    assertThat(limits.logTotalBytes()).isEqualTo(4 * 1024 * 1024);
    assertThat(limits.versions()).isEqualTo(50);
  }

  @Test
  void onlyLogsShareARollingCap() {
    UploadLimits limits = new UploadLimits(10, 20, 30, 40, 100, 7);

    assertThat(limits.retention(UploadKind.LOG)).isEqualTo(new Retention(7, 100));
    for (UploadKind kind :
        new UploadKind[] {
          UploadKind.OVERRIDE_PHONE, UploadKind.OVERRIDE_WEB, UploadKind.DIRECTORY, UploadKind.CALLS
        }) {
      assertThat(limits.retention(kind)).isEqualTo(new Retention(7, Long.MAX_VALUE));
    }
    assertThat(limits.cap(UploadKind.CALLS)).isEqualTo(30);
  }

  @Test
  void nonsenseIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new UploadLimits(0, 1, 1, 1, 1, 1))
        .hasMessageContaining("overrideBytes");
    assertThatThrownBy(
            () -> new UploadLimits(1, 1, 1, UploadLimits.MAX_BYTES + 1, Long.MAX_VALUE, 1))
        .hasMessageContaining("logBytes");
    assertThatThrownBy(() -> new UploadLimits(1, 1, 1, 10, 9, 1))
        .hasMessageContaining("logTotalBytes (9) must be at least logBytes (10)");
    assertThatThrownBy(() -> new UploadLimits(1, 1, 1, 1, 1, 0)).hasMessageContaining("versions");
    assertThatThrownBy(() -> new Retention(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
