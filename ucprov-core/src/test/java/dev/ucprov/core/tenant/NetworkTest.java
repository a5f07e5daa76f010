package dev.ucprov.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTest {

  private static Network network(String text) {
    return switch (Network.parse(text)) {
      case Network.Parsed.Valid valid -> valid.network();
      case Network.Parsed.Invalid invalid -> throw new AssertionError(invalid.problem());
    };
  }

  @ParameterizedTest
  @CsvSource({
    "10.20.3.4/16, 10.20.0.0/16",
    "10.20.3.4, 10.20.3.4/32",
    "0.0.0.0/0, 0.0.0.0/0",
    "2001:DB8:0:0:1::/32, 2001:db8::/32",
    "2001:db8::7, 2001:db8::7/128",
    "::/0, ::/0",
    "fe80::1%eth0/64, fe80::/64",
    "::ffff:10.1.2.3/128, ::ffff:a01:203/128"
  })
  void readsAndWritesTheCanonicalForm(String text, String canonical) {
    if (text.contains("%")) {
      assertThat(Network.parse(text)).isInstanceOf(Network.Parsed.Invalid.class);
      return;
    }
    if (text.startsWith("::ffff:")) {
      // An IPv4-mapped address is the IPv4 address: its block is a /128 of 32 bits, refused.
      assertThat(Network.parse(text)).isInstanceOf(Network.Parsed.Invalid.class);
      return;
    }
    assertThat(network(text)).hasToString(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.20.0.0/33",
        "10.20.0/16",
        "10.20.0.256",
        "010.20.0.1",
        "10.20.0.1/",
        "10.20.0.1/-1",
        "10.20.0.1/1x",
        "2001:db8::/129",
        "2001:db8:::1",
        "1::2::3",
        "1:2:3:4:5:6:7:8:9",
        "gggg::",
        "acme.example",
        "10.0.0.0/8/8"
      })
  void refusesWhatIsNotANetworkWithAReason(String text) {
    assertThat(Network.parse(text))
        .isInstanceOfSatisfying(
            Network.Parsed.Invalid.class, invalid -> assertThat(invalid.problem()).contains(text));
  }

  @Test
  void containsAddressesOfItsOwnFamilyOnly() {
    Network v4 = network("10.20.0.0/16");
    assertThat(v4.contains("10.20.255.1")).isTrue();
    assertThat(v4.contains("10.21.0.1")).isFalse();
    assertThat(v4.contains("::ffff:10.20.0.9")).isTrue();
    assertThat(v4.contains("0:0:0:0:0:ffff:a14:9")).isTrue();
    assertThat(v4.contains("2001:db8::1")).isFalse();
    assertThat(v4.contains("garbage")).isFalse();

    Network v6 = network("2001:db8::/32");
    assertThat(v6.contains("2001:db8:ffff::1")).isTrue();
    assertThat(v6.contains("[2001:db8::1]")).isTrue();
    assertThat(v6.contains("2001:0db8:0000:0000:0000:0000:0000:0001%3")).isTrue();
    assertThat(v6.contains("2001:db9::1")).isFalse();
    assertThat(v6.contains("10.20.0.1")).isFalse();
    assertThat(network("0.0.0.0/0").contains("192.0.2.1")).isTrue();
  }

  @Test
  void overlapsWhenOneHoldsTheOther() {
    assertThat(network("10.0.0.0/8").overlaps(network("10.20.0.0/16"))).isTrue();
    assertThat(network("10.20.0.0/16").overlaps(network("10.0.0.0/8"))).isTrue();
    assertThat(network("10.20.0.0/16").overlaps(network("10.21.0.0/16"))).isFalse();
    assertThat(network("10.0.0.0/8").overlaps(network("::/0"))).isFalse();
    assertThat(network("2001:db8::/32").overlaps(network("2001:db8:5::/48"))).isTrue();
  }

  @Test
  void equalNetworksAreEqualHoweverWritten() {
    assertThat(network("10.20.3.4/16")).isEqualTo(network("10.20.0.0/16"));
    assertThat(network("2001:DB8::/32")).isEqualTo(network("2001:db8:0::/32"));
    assertThat(network("2001:db8::/32")).hasSameHashCodeAs(network("2001:0db8::/32"));
  }

  @Test
  void ipv6CompressesTheLongestRunOfZeroGroups() {
    assertThat(network("1:0:0:2:0:0:0:3")).hasToString("1:0:0:2::3/128");
    assertThat(network("1:0:2:3:4:5:6:7")).hasToString("1:0:2:3:4:5:6:7/128");
    assertThat(network("::1")).hasToString("::1/128");
    assertThat(network("1::")).hasToString("1::/128");
    assertThat(network("1:2:3:4:5:6:1.2.3.4")).hasToString("1:2:3:4:5:6:102:304/128");
  }
}
