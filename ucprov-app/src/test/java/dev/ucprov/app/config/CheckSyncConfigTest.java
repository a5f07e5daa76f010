package dev.ucprov.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.checksync.JobLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check-sync keys of the YAML file. */
class CheckSyncConfigTest {

  @TempDir Path temp;

  private ServerConfig read(String yaml) throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(file, yaml);
    return new ConfigFile().read(file).over(ServerConfig.defaults());
  }

  @Test
  void theDefaultsAreTenASecondFiftyAtOnceAndNoAutomaticCheckSync() {
    assertThat(ServerConfig.defaults().checkSync())
        .isEqualTo(new CheckSyncConfig(new JobLimits(10, 50), false, Duration.ofSeconds(10)));
  }

  @Test
  void everyKeyIsRead() throws IOException {
    ServerConfig config =
        read(
            """
            check-sync-rate: 2.5
            check-sync-concurrency: 7
            auto-check-sync: true
            auto-check-sync-delay: 500ms
            """);

    assertThat(config.checkSync())
        .isEqualTo(new CheckSyncConfig(new JobLimits(2.5, 7), true, Duration.ofMillis(500)));
  }

  @Test
  void aKeyLeftOutKeepsItsDefault() throws IOException {
    assertThat(read("auto-check-sync: on\n").checkSync())
        .isEqualTo(new CheckSyncConfig(JobLimits.standard(), true, Duration.ofSeconds(10)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "check-sync-rate: 0|1|check-sync-rate: \"0\" is not a rate above 0",
        "check-sync-rate: fast|1|check-sync-rate: \"fast\" is not a rate",
        "check-sync-concurrency: 1001|1|check-sync-concurrency: \"1001\" is not a whole number",
        "auto-check-sync: maybe|1|auto-check-sync: \"maybe\" is not true or false",
        "auto-check-sync-delay: 2h|1|auto-check-sync-delay: \"2h\" is not a delay",
        "auto-check-sync-delay: 61m|1|auto-check-sync-delay: \"61m\" is not a delay"
      })
  void aBadValueIsRefusedWithItsLine(String yaml, int line, String message) {
    Path file = temp.resolve("ucprov.yaml");
    assertThatThrownBy(
            () -> {
              Files.writeString(file, yaml + "\n");
              new ConfigFile().read(file);
            })
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ":" + line + ": " + message);
  }

  @ParameterizedTest
  @CsvSource({"10s,PT10S", "500ms,PT0.5S", "2m,PT2M", "0,PT0S", "60m,PT1H"})
  void delaysAreWrittenWithTheirUnit(String text, Duration expected) {
    assertThat(CheckSyncOverrides.delay(text)).isEqualTo(expected);
  }
}
