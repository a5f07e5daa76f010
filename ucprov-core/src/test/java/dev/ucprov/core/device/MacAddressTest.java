package dev.ucprov.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0004f2aabbcc",
        "0004F2AABBCC",
        "0004f2AaBbCc",
        "00:04:f2:aa:bb:cc",
        "00:04:F2:AA:BB:CC",
        "00-04-f2-aa-bb-cc",
        "00-04-F2-AA-BB-CC"
      })
  void acceptsEveryWrittenFormAndCanonicalises(String written) {
    MacAddress mac = MacAddress.parse(written);

    assertThat(mac.value()).isEqualTo("0004f2aabbcc");
    assertThat(mac).hasToString("0004f2aabbcc");
    assertThat(MacAddress.tryParse(written)).contains(mac);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00:04-f2:aa:bb:cc",
        "00-04:f2-aa:bb-cc",
        "0004f2aabbc",
        "0004f2aabbccd",
        "0004f2aabbcg",
        "00:04:f2:aa:bb:cc:dd",
        "00:04:f2:aa:bb",
        "0:04:f2:aa:bb:cc",
        "000:4:f2:aa:bb:cc",
        "0004.f2aa.bbcc",
        " 0004f2aabbcc",
        "0004f2aabbcc ",
        "00 04 f2 aa bb cc",
        "",
        "zz:zz:zz:zz:zz:zz"
      })
  void refusesOtherFormsNamingTheInput(String written) {
    assertThatThrownBy(() -> MacAddress.parse(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + written + "\"")
        .hasMessageContaining("expected 12 hex digits");
    assertThat(MacAddress.tryParse(written)).isEmpty();
  }

  @Test
  void refusesNullSayingSo() {
    assertThatThrownBy(() -> MacAddress.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(none)");
    assertThat(MacAddress.tryParse(null)).isEmpty();
  }

  @Test
  void shortensAVeryLongInputInTheMessage() {
    String longInput = "a".repeat(500);

    assertThatThrownBy(() -> MacAddress.parse(longInput))
        .hasMessageContaining("\"" + "a".repeat(64) + "...\"")
        .hasMessageNotContaining("a".repeat(65));
  }

  @Test
  void constructorTakesOnlyTheCanonicalForm() {
    assertThat(new MacAddress("64167f010203").value()).isEqualTo("64167f010203");
    assertThatThrownBy(() -> new MacAddress("64167F010203"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"64167F010203\"")
        .hasMessageContaining("lower-case");
    assertThatThrownBy(() -> new MacAddress("64:16:7f:01:02:03"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MacAddress(null)).hasMessageContaining("(none)");
  }

  @Test
  void colonSeparatedIsForPeople() {
    assertThat(MacAddress.parse("0004F2AABBCC").colonSeparated()).isEqualTo("00:04:f2:aa:bb:cc");
    assertThat(MacAddress.ZERO.colonSeparated()).isEqualTo("00:00:00:00:00:00");
  }

  @Test
  void onlyTheAllZeroAddressIsZero() {
    assertThat(MacAddress.ZERO.isZero()).isTrue();
    assertThat(MacAddress.parse("00:00:00:00:00:00").isZero()).isTrue();
    assertThat(MacAddress.parse("000000000001").isZero()).isFalse();
    assertThat(MacAddress.parse("0004f2000000").isZero()).isFalse();
  }

  @Test
  void equalWhateverTheWrittenForm() {
    assertThat(MacAddress.parse("48-25-67-0A-0B-0C"))
        .isEqualTo(MacAddress.parse("4825670a0b0c"))
        .hasSameHashCodeAs(MacAddress.parse("48:25:67:0a:0b:0c"));
  }
}
