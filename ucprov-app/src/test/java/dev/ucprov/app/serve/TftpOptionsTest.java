package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.config.ConfigException;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.app.config.TftpConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --tftp} and its limits, over the file's {@code tftp} keys and the defaults. */
class TftpOptionsTest {

  @TempDir Path temp;

  @CommandLine.Command(name = "test")
  static final class Holder {
    @CommandLine.Mixin ServerOptions options;
  }

  private TftpConfig resolve(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.options.resolve(new ConfigFile()).tftp();
  }

  private Path file(String yaml) throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void byDefaultTftpListensOn6969AndMayFailToBindWithAWarning() {
    TftpConfig config = resolve();

    assertThat(config.address()).contains(new HostPort("0.0.0.0", 6969));
    assertThat(config.required()).isFalse();
    assertThat(config.maxTransfers()).isEqualTo(500);
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.retries()).isEqualTo(5);
  }

  @Test
  void aGivenAddressMustBeBound() {
    TftpConfig config =
        resolve(
            "--tftp",
            "127.0.0.1:69",
            "--tftp-max-transfers",
            "20",
            "--tftp-timeout",
            "500ms",
            "--tftp-retries",
            "2");

    assertThat(config.address()).contains(new HostPort("127.0.0.1", 69));
    assertThat(config.required()).isTrue();
    assertThat(config.maxTransfers()).isEqualTo(20);
    assertThat(config.limits().timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.limits().retries()).isEqualTo(2);
  }

  @Test
  void offTurnsItOffAndTheOptionWinsOverTheFile() throws IOException {
    Path file = file("tftp: 10.0.0.1:69\ntftp-retries: 7\n");

    TftpConfig fromFile = resolve("--config", file.toString());
    TftpConfig off = resolve("--config", file.toString(), "--tftp", "OFF");

    assertThat(fromFile.address()).contains(new HostPort("10.0.0.1", 69));
    assertThat(fromFile.required()).isTrue();
    assertThat(off.address()).isEmpty();
    assertThat(off.retries()).as("the file's other keys stay").isEqualTo(7);
  }

  @Test
  void theFileCanTurnItOff() throws IOException {
    assertThat(resolve("--config", file("tftp: off\n").toString()).address()).isEmpty();
  }

  @Test
  void badValuesAreUsageErrorsNamingTheValue() {
    assertThatThrownBy(() -> resolve("--tftp", "nowhere"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("not HOST:PORT");
    assertThatThrownBy(() -> resolve("--tftp-max-transfers", "0"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("1 to 100000");
    assertThatThrownBy(() -> resolve("--tftp-timeout", "300s"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("at most 255s");
  }

  @Test
  void aBadValueInTheFileNamesTheLineAndKey() throws IOException {
    Path file = file("http: 0.0.0.0:8080\ntftp-retries: many\n");

    assertThatThrownBy(() -> resolve("--config", file.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(":2: tftp-retries: not a number of retries");
  }

  @Test
  void testsAndToolsBuildingAConfigByHandGetNoTftp() {
    assertThat(
            new ServerConfig(
                    Path.of("d"),
                    ServerConfig.DEFAULT_HTTP,
                    ServerConfig.DEFAULT_ADMIN,
                    java.util.Optional.empty(),
                    java.util.Optional.empty())
                .tftp()
                .address())
        .isEmpty();
  }
}
