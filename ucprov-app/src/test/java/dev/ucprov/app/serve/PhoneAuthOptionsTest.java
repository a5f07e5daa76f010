package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.config.ConfigException;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.abuse.AbuseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Nonce lifetime, Digest order and abuse limits, from the YAML file and the command line. */
class PhoneAuthOptionsTest {

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
  void defaults() {
    ServerConfig config = resolve();
    assertThat(config.auth().nonceLifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.auth().digestSha256First()).isFalse();
    assertThat(config.auth().limits()).isEqualTo(AbuseLimits.defaults());
  }

  @Test
  void theFileSetsThemAndOptionsOverrideTheFile() throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(
        file,
        """
        nonce-lifetime: 90s
        digest-sha256-first: true
        abuse-window: PT2M
        abuse-slow-after: 3
        abuse-refuse-after: 7
        abuse-delay: 250ms
        abuse-penalty: 1h
        """);

    ServerConfig fromFile = resolve("--config", file.toString());
    assertThat(fromFile.auth().nonceLifetime()).isEqualTo(Duration.ofSeconds(90));
    assertThat(fromFile.auth().digestSha256First()).isTrue();
    assertThat(fromFile.auth().limits())
        .isEqualTo(
            new AbuseLimits(
                Duration.ofMinutes(2),
                3,
                7,
                Duration.ofMillis(250),
                Duration.ofHours(1),
                AbuseLimits.defaults().maxSources()));

    ServerConfig overridden =
        resolve(
            "--config",
            file.toString(),
            "--nonce-lifetime",
            "10m",
            "--digest-sha256-first=false",
            "--abuse-refuse-after",
            "4");
    assertThat(overridden.auth().nonceLifetime()).isEqualTo(Duration.ofMinutes(10));
    assertThat(overridden.auth().digestSha256First()).isFalse();
    assertThat(overridden.auth().limits().refuseAfter()).isEqualTo(4);
    assertThat(overridden.auth().limits().slowAfter()).isEqualTo(3);
  }

  @Test
  void theFlagAloneMeansTrue() {
    assertThat(resolve("--digest-sha256-first").auth().digestSha256First()).isTrue();
  }

  @Test
  void badValuesAreUsageErrorsNamingTheOption() {
    assertThatThrownBy(() -> resolve("--nonce-lifetime", "0s"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--nonce-lifetime")
        .hasMessageContaining("must be longer than zero");
    assertThatThrownBy(() -> resolve("--abuse-slow-after", "0"))
        .hasMessageContaining("not a count of at least 1: \"0\"");
    assertThatThrownBy(() -> resolve("--abuse-delay", "soon"))
        .hasMessageContaining("not a duration: \"soon\" (for example 500ms, 90s, 5m or 1h)");
  }

  @Test
  void limitsThatDoNotGoTogetherAreRefused() {
    assertThatThrownBy(() -> resolve("--abuse-slow-after", "20", "--abuse-refuse-after", "5"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("abuse limits: abuse refuse-after (5) must be at least slow-after (20)");
  }

  @Test
  void badFileValuesNameTheLineAndKey() throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(file, "http: 0.0.0.0:8080\nabuse-penalty: forever\n");
    assertThatThrownBy(() -> resolve("--config", file.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ":2: abuse-penalty: not a duration: \"forever\"");
    Files.writeString(file, "digest-sha256-first: yes please\n");
    assertThatThrownBy(() -> resolve("--config", file.toString()))
        .hasMessage(file + ":1: digest-sha256-first: not true or false: \"yes please\"");
  }
}
