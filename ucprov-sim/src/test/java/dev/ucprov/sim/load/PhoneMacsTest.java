package dev.ucprov.sim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.MacAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneMacsTest {

  @Test
  void numberedAfterThePrefixFromOne() {
    assertThat(PhoneMacs.numbered("0004f2", 3))
        .extracting(MacAddress::value)
        .containsExactly("0004f2000001", "0004f2000002", "0004f2000003");
    assertThat(PhoneMacs.numbered("00:04:F2:AB", 2))
        .extracting(MacAddress::value)
        .containsExactly("0004f2ab0001", "0004f2ab0002");
    assertThat(PhoneMacs.numbered("", 1))
        .extracting(MacAddress::value)
        .containsExactly("000000000001");
  }

  @Test
  void aPrefixWithoutRoomForThePhonesIsRefused() {
    assertThat(PhoneMacs.numbered("0004f2aabbc", 15))
        .hasSize(15)
        .last()
        .extracting(MacAddress::value)
        .isEqualTo("0004f2aabbcf");
    assertThatThrownBy(() -> PhoneMacs.numbered("0004f2aabbc", 16))
        .hasMessage(
            "--mac-prefix 0004f2aabbc leaves room for 15 phones, not 16: use a shorter"
                + " prefix");
    assertThatThrownBy(() -> PhoneMacs.numbered("0004g2", 1))
        .hasMessage("--mac-prefix must be 0 to 11 hex digits (like 0004f2), not '0004g2'");
  }

  @Test
  void aListGivesItsFirstMacsSkippingBlanksAndComments() {
    List<String> lines =
        List.of("# phones", "00:04:f2:aa:bb:01", "", "0004F2AABB02", "  0004f2aabb03  ", "junk");

    assertThat(PhoneMacs.listed(lines, 3, "macs.txt"))
        .extracting(MacAddress::value)
        .containsExactly("0004f2aabb01", "0004f2aabb02", "0004f2aabb03");
  }

  @Test
  void aListNamesItsBadLineAndHowManyItLacks() {
    assertThatThrownBy(() -> PhoneMacs.listed(List.of("0004f2aabb01", "0004f2zz"), 2, "macs.txt"))
        .hasMessage("macs.txt: line 2: not a MAC address: '0004f2zz'");
    assertThatThrownBy(() -> PhoneMacs.listed(List.of("0004f2aabb01"), 2, "macs.txt"))
        .hasMessage("macs.txt holds 1 MACs, fewer than the 2 phones asked");
  }
}
