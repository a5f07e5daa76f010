package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListenAddressTest {

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0:8080, 0.0.0.0, 8080",
    "127.0.0.1:0, 127.0.0.1, 0",
    "localhost:8081, localhost, 8081",
    "'[::1]:8081', ::1, 8081"
  })
  void readsHostAndPort(String text, String host, int port) {
    ListenAddress address = ListenAddress.parse(text);

    assertThat(address).isEqualTo(new ListenAddress(host, port));
    assertThat(address.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8080", ":8080", "host:", "host:http", "host:65536", "::1:8080", "h:-1"})
  void refusesWhatIsNotHostColonPort(String text) {
    assertThatThrownBy(() -> ListenAddress.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }
}
