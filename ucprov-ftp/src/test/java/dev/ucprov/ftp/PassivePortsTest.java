package dev.ucprov.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PassivePortsTest {

  @Test
  void readsARangeOrOnePort() {
    assertThat(PassivePorts.parse("30000-30099")).isEqualTo(new PassivePorts(30000, 30099));
    assertThat(PassivePorts.parse(" 40000 - 40001 ")).isEqualTo(new PassivePorts(40000, 40001));
    assertThat(PassivePorts.parse("50000")).isEqualTo(new PassivePorts(50000, 50000));
    assertThat(PassivePorts.parse("30000-30099").setting()).isEqualTo("30000-30099");
    assertThat(PassivePorts.any().setting()).isEqualTo("0");
  }

  @Test
  void refusesWhatIsNoRangeNamingTheInput() {
    assertThatThrownBy(() -> PassivePorts.parse("high"))
        .hasMessage("not a passive port range: \"high\" (FIRST-LAST, for example 30000-30099)");
    assertThatThrownBy(() -> PassivePorts.parse("30099-30000"))
        .hasMessage("not a passive port range: 30099-30000 (for example 30000-30099)");
    assertThatThrownBy(() -> PassivePorts.parse("1-70000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PassivePorts.parse("0-10"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
