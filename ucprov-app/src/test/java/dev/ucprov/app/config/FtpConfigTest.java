package dev.ucprov.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.ftp.PassivePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtpConfigTest {

  @TempDir Path temp;

  private ConfigOverrides read(String yaml) throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(file, yaml);
    return new ConfigFile().read(file);
  }

  @Test
  void theCommandLineDefaultIsPort2121WithPassivePorts30000To30099() {
    FtpConfig ftp = ServerConfig.defaults().ftp();
    assertThat(ftp.listener()).contains(new HostPort("0.0.0.0", 2121));
    assertThat(ftp.passive()).isEqualTo(new PassivePorts(30000, 30099));
  }

  @Test
  void aConfigBuiltWithoutFtpSettingsHasNoFtpListener() {
    ServerConfig config =
        new ServerConfig(
            Path.of("data"),
            new HostPort("127.0.0.1", 0),
            new HostPort("127.0.0.1", 0),
            Optional.empty(),
            Optional.empty());
    assertThat(config.ftp().listener()).isEmpty();
  }

  @Test
  void yamlKeysSetTheAddressAndThePassivePorts() throws IOException {
    ServerConfig config =
        read("ftp: 10.0.0.1:21\nftp-passive-ports: 40000-40009\n").over(ServerConfig.defaults());
    assertThat(config.ftp().listener()).contains(new HostPort("10.0.0.1", 21));
    assertThat(config.ftp().passive()).isEqualTo(new PassivePorts(40000, 40009));
  }

  @Test
  void offTurnsFtpOffEvenAsYamlReadsIt() throws IOException {
    assertThat(read("ftp: off\n").over(ServerConfig.defaults()).ftp().listener()).isEmpty();
    assertThat(read("ftp: \"off\"\n").over(ServerConfig.defaults()).ftp().listener()).isEmpty();
    assertThat(read("ftp: false\n").over(ServerConfig.defaults()).ftp().listener()).isEmpty();
  }

  @Test
  void aBadValueIsRefusedWithItsLineAndKey() {
    assertThatThrownBy(() -> read("http: 0.0.0.0:80\nftp-passive-ports: 3000-10\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith(
            ":2: ftp-passive-ports: not a passive port range: 3000-10 (for example 30000-30099)");
    assertThatThrownBy(() -> read("ftp: everywhere\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(":1: ftp: not HOST:PORT: \"everywhere\"");
  }
}
