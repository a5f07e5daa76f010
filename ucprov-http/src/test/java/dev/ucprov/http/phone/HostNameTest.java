package dev.ucprov.http.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostNameTest {

  @ParameterizedTest
  @CsvSource({
    "acme.prov.example, acme.prov.example",
    "Acme.Prov.Example:8080, acme.prov.example",
    "acme.prov.example., acme.prov.example",
    "127.0.0.1:8080, 127.0.0.1",
    "'[::1]:8080', '[::1]'",
    "'[FE80::1]', '[fe80::1]'"
  })
  void lowerCaseWithoutPort(String header, String expected) {
    assertThat(HostName.fromHeader(header)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "' '", "':8080'"})
  void emptyHostIsNone(String header) {
    assertThat(HostName.fromHeader(header)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void absentHeaderIsNone() {
    assertThat(HostName.fromHeader(null)).isEmpty();
  }
}
