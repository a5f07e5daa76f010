package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.config.CheckSyncConfig;
import dev.ucprov.app.config.ConfigException;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.upload.UploadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServerOptionsTest {

  @TempDir Path temp;

  /** A command with just the options, to parse them as picocli does for serve and demo. */
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
  void withoutOptionsTheEmbeddedDefaults() {
    ServerConfig config = resolve();

    assertThat(config.data()).isEqualTo(Path.of("ucprov-data").toAbsolutePath());
    assertThat(config.http()).isEqualTo(new HostPort("0.0.0.0", 8080));
    assertThat(config.admin()).isEqualTo(new HostPort("127.0.0.1", 8081));
    assertThat(config.jdbcUrl())
        .isEqualTo(
            "jdbc:h2:file:"
                + Path.of("ucprov-data/db/ucprov").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    assertThat(config.publicUrl()).isEmpty();
  }

  @Test
  void theFileOverridesDefaultsAndOptionsOverrideTheFile() throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(
        file,
        "data: from-file\nhttp: 10.0.0.1:80\nadmin: 10.0.0.1:81\ndatabase: jdbc:h2:mem:x\n"
            + "public-url: http://a.example\n");

    ServerConfig config =
        resolve(
            "--config",
            file.toString(),
            "--http",
            "127.0.0.1:0",
            "--data",
            "/srv/d",
            "--public-url",
            "http://b.example:8080");

    assertThat(config.http()).isEqualTo(new HostPort("127.0.0.1", 0));
    assertThat(config.data()).isEqualTo(Path.of("/srv/d"));
    assertThat(config.admin()).isEqualTo(new HostPort("10.0.0.1", 81));
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:mem:x");
    assertThat(config.publicUrl()).contains("http://b.example:8080");
  }

  @Test
  void aFileWithoutSomeKeysLeavesTheirDefaults() throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(file, "admin: 127.0.0.1:9\n");

    ServerConfig config = resolve("--config", file.toString());

    assertThat(config.admin()).isEqualTo(new HostPort("127.0.0.1", 9));
    assertThat(config.http()).isEqualTo(ServerConfig.DEFAULT_HTTP);
    assertThat(config.data()).isEqualTo(Path.of("ucprov-data").toAbsolutePath());
  }

  @Test
  void uploadLimitsComeFromTheFileAndTheOptionsOverThem() throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(
        file,
        "upload-override-max: 64K\nupload-log-max: 8M\nupload-log-total: 16MiB\n"
            + "upload-versions: 7\n");

    UploadLimits limits =
        resolve("--config", file.toString(), "--upload-versions", "3", "--upload-calls-max", "2M")
            .uploadLimits();

    assertThat(limits)
        .isEqualTo(new UploadLimits(64 * 1024, 1024 * 1024, 2 * 1024 * 1024, 8 << 20, 16 << 20, 3));
    assertThat(resolve().uploadLimits()).isEqualTo(UploadLimits.defaults());
  }

  @Test
  void aBadUploadOptionIsAUsageErrorNamingIt() {
    assertThatThrownBy(() -> resolve("--upload-log-max", "12 apples"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--upload-log-max")
        .hasMessageContaining("not a size: \"12 apples\" (for example 262144, 256K or 1M)");
    assertThatThrownBy(() -> resolve("--upload-versions", "0"))
        .hasMessageContaining("not a number of versions from 1 to 10000: \"0\"");
    assertThatThrownBy(() -> resolve("--upload-log-max", "65M"))
        .hasMessageContaining("\"65M\" is out of range: 1 byte to 64M");
    assertThatThrownBy(() -> resolve("--upload-log-total", "256K"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "upload-log-total (262144 bytes) must be at least upload-log-max (524288 bytes):"
                + " the newest log upload is always kept");
  }

  @Test
  void checkSyncOptionsOverrideTheFile() throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(
        file, "check-sync-rate: 3\nauto-check-sync: true\nauto-check-sync-delay: 2m\n");

    ServerConfig config =
        resolve(
            "--config",
            file.toString(),
            "--check-sync-rate",
            "0.5",
            "--check-sync-concurrency",
            "4",
            "--no-auto-check-sync");

    assertThat(config.checkSync())
        .isEqualTo(
            new CheckSyncConfig(new JobLimits(0.5, 4), false, java.time.Duration.ofMinutes(2)));
    assertThat(resolve("--auto-check-sync", "--auto-check-sync-delay", "250ms").checkSync())
        .isEqualTo(
            new CheckSyncConfig(JobLimits.standard(), true, java.time.Duration.ofMillis(250)));
  }

  @Test
  void aBadCheckSyncOptionIsAUsageError() {
    Holder holder = new Holder();
    CommandLine line = new CommandLine(holder);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> line.parseArgs("--check-sync-rate", "-1"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("is not a rate above 0");
  }
}
