package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.CliRun;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.ftp.PassivePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FtpOptionsTest {

  @TempDir Path temp;

  @CommandLine.Command(name = "test")
  static final class Holder {
    @CommandLine.Mixin ServerOptions options;
  }

  private ServerConfig resolve(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.options.resolve(new ConfigFile());
  }

  @Test
  void ftpIsOnAtPort2121UnlessTurnedOff() {
    assertThat(resolve().ftp().listener()).contains(new HostPort("0.0.0.0", 2121));
    assertThat(resolve("--ftp", "off").ftp().listener()).isEmpty();
    assertThat(resolve("--ftp", "[::1]:21").ftp().listener()).contains(new HostPort("::1", 21));
  }

  @Test
  void theCommandLineWinsOverTheFile() throws IOException {
    Path file = Files.writeString(temp.resolve("u.yaml"), "ftp: off\nftp-passive-ports: 1-2\n");
    ServerConfig config =
        resolve(
            "--config",
            file.toString(),
            "--ftp",
            "127.0.0.1:0",
            "--ftp-passive-ports",
            "40000-40001");
    assertThat(config.ftp().listener()).contains(new HostPort("127.0.0.1", 0));
    assertThat(config.ftp().passive()).isEqualTo(new PassivePorts(40000, 40001));
    assertThat(resolve("--config", file.toString()).ftp().listener()).isEmpty();
  }

  @Test
  void badValuesAreUsageErrorsNamingTheOption() {
    CliRun ports = CliRun.of("serve", "--ftp-passive-ports", "30099-30000");
    assertThat(ports.exitCode()).isEqualTo(2);
    assertThat(ports.err())
        .startsWith(
            "ucprov serve: invalid value for option '--ftp-passive-ports': not a passive port"
                + " range: 30099-30000");
    CliRun address = CliRun.of("serve", "--ftp", "nowhere");
    assertThat(address.exitCode()).isEqualTo(2);
    assertThat(address.err())
        .startsWith("ucprov serve: invalid value for option '--ftp': not HOST:PORT");
    assertThat(address.err()).contains("or off");
  }
}
