package dev.ucprov.http.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.access.CertificateProof;
import dev.ucprov.core.device.MacAddress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateMacsTest {

  private static final MacAddress A = MacAddress.parse("0004f2aabbcc");
  private static final MacAddress B = MacAddress.parse("0004f2112233");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0004f2aabbcc",
        "0004F2AABBCC",
        "00:04:f2:aa:bb:cc",
        "00-04-F2-AA-BB-CC",
        "SEP0004F2AABBCC",
        "Polycom VVX 410 0004f2aabbcc",
        "urn:dev:mac:0004f2aabbcc",
        "urn:dev:mac:00:04:f2:aa:bb:cc",
        "00:04:f2:aa:bb:cc-x",
        "mac=00:04:F2:aa:bb:cc;",
        "phone-0004f2aabbcc.example.net"
      })
  void aMacIsFoundInAnySpellingAndSurrounding(String text) {
    assertThat(CertificateMacs.in(text)).containsExactly(A);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000000000000",
        "00:00:00:00:00:00",
        "0004f2aabbcc1", // 13 hex digits: part of something longer
        "a0004f2aabbcc",
        "00:04:f2:aa:bb:cc:dd", // seven pairs
        "11:00:04:f2:aa:bb:cc",
        "ab-00-04-f2-aa-bb-cc",
        "SEP00:04:f2:aa:bb:cc", // a separated MAC stands as a word of its own
        "00:04:f2-aa:bb:cc", // mixed separators
        "0004f2aabb", // too short
        "0:4:f2:aa:bb:cc",
        "Polycom Device CA",
        ""
      })
  void nothingElseIsAMac(String text) {
    assertThat(CertificateMacs.in(text)).isEmpty();
  }

  @Test
  void severalMacsAreAllFound() {
    assertThat(CertificateMacs.in("0004f2aabbcc 00:04:f2:11:22:33 0004F2AABBCC"))
        .containsExactly(A, B);
  }

  @Property(tries = 200)
  void everyMacIsFoundInEachSpelling(
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int low,
      @ForAll @IntRange(min = 1, max = 0xffff) int high) {
    MacAddress mac = MacAddress.parse(String.format("%04x%08x", high, low));
    String colons = mac.colonSeparated();

    assertThat(CertificateMacs.in("CN=" + mac.value().toUpperCase())).containsExactly(mac);
    assertThat(CertificateMacs.in("x " + colons + " y")).containsExactly(mac);
    assertThat(CertificateMacs.in(colons.replace(':', '-'))).containsExactly(mac);
  }

  @Test
  void theSubjectCnAndTextSubjectAltNamesOfACertificateAreRead() {
    TestCa ca = TestCa.create("Test CA");
    TestCa.Issued phone =
        ca.client("O=Polycom,CN=0004f2aabbcc", "vvx.example.net", "urn:dev:mac:0004f2112233");

    CertificateProof proof = ClientCertificates.proof(phone.certificate());

    assertThat(proof.macs()).containsExactlyInAnyOrder(A, B);
    assertThat(proof.subject()).isEqualTo("CN=0004f2aabbcc,O=Polycom");
  }

  @Test
  void aMacOutsideCnAndSubjectAltNameBindsNothing() {
    TestCa ca = TestCa.create("Test CA");
    TestCa.Issued phone = ca.client("OU=0004f2aabbcc,CN=reception desk");

    CertificateProof proof = ClientCertificates.proof(phone.certificate());

    assertThat(proof.macs()).isEmpty();
    assertThat(proof.subject()).isEqualTo("CN=reception desk,OU=0004f2aabbcc");
  }
}
