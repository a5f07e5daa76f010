package dev.ucprov.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  @TempDir Path temp;

  private ConfigOverrides read(String yaml) throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(file, yaml);
    return new ConfigFile().read(file);
  }

  @Test
  void readsEveryKey() throws IOException {
    ConfigOverrides read =
        read(
            """
            data: /srv/ucprov
            http: 10.0.0.1:80
            admin: "[::1]:9000"
            database: jdbc:postgresql://db/ucprov
            public-url: http://prov.example.net:8080
            """);

    assertThat(read)
        .isEqualTo(
            new ConfigOverrides(
                Optional.of(Path.of("/srv/ucprov")),
                Optional.of(new HostPort("10.0.0.1", 80)),
                Optional.of(new HostPort("::1", 9000)),
                Optional.of("jdbc:postgresql://db/ucprov"),
                Optional.of("http://prov.example.net:8080")));
  }

  @Test
  void aRelativeDataDirectoryIsTakenFromTheFilesDirectory() throws IOException {
    assertThat(read("data: here\n").data()).contains(temp.toAbsolutePath().resolve("here"));
  }

  @Test
  void anEmptyFileOrOnlyCommentsKeepsTheDefaults() throws IOException {
    assertThat(read("")).isEqualTo(ConfigOverrides.none());
    assertThat(read("# nothing yet\n")).isEqualTo(ConfigOverrides.none());
  }

  @Test
  void anUnknownKeyIsRefusedWithItsNameAndLine() {
    assertThatThrownBy(() -> read("http: 0.0.0.0:80\n\nhtp: 1.2.3.4:80\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            temp.resolve("ucprov.yaml")
                + ":3: unknown key 'htp' (keys: "
                + String.join(", ", ConfigFile.KEYS)
                + ")");
  }

  @Test
  void aNestedUnknownKeyStillNamesTheLine() {
    assertThatThrownBy(() -> read("admin: 127.0.0.1:1\nlogging:\n  level: debug\n"))
        .hasMessageEndingWith(
            ":2: unknown key 'logging' (keys: " + String.join(", ", ConfigFile.KEYS) + ")");
  }

  @Test
  void aBadValueNamesTheKeyAndLine() {
    assertThatThrownBy(() -> read("data: d\nhttp: 8080\n"))
        .hasMessageEndingWith(
            ":2: http: not HOST:PORT: \"8080\" (for example 0.0.0.0:8080 or [::1]:8081)");
    assertThatThrownBy(() -> read("public-url: ftp://x\n"))
        .hasMessageContaining(":1: public-url: not an http:// URL with a host: \"ftp://x\"");
    assertThatThrownBy(() -> read("database: postgres://x\n"))
        .hasMessageContaining(":1: database: not a JDBC URL: \"postgres://x\"");
  }

  @Test
  void aRepeatedEmptyOrStructuredValueIsRefused() {
    assertThatThrownBy(() -> read("data: a\ndata: b\n"))
        .hasMessageEndingWith(":2: key 'data' is set twice");
    assertThatThrownBy(() -> read("http:\n"))
        .hasMessageEndingWith(":1: key 'http' needs one value (remove it to use the default)");
    assertThatThrownBy(() -> read("http: [a, b]\n")).hasMessageContaining("needs one value");
  }

  @Test
  void notAMappingOrNotYamlIsRefusedWithALine() {
    assertThatThrownBy(() -> read("- data\n")).hasMessageContaining(":1: expected 'key: value'");
    assertThatThrownBy(() -> read("data: \"unclosed\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = temp.resolve("nope.yaml");
    assertThatThrownBy(() -> new ConfigFile().read(missing))
        .hasMessage(missing + ": no such configuration file");
  }

  /** The example at the repository root documents every key and loads as it is. */
  @Test
  void theExampleFileLoadsAndNamesEveryKey() throws IOException {
    Path example = CliRun.repositoryRoot().resolve("ucprov.example.yaml");

    ServerConfig config = new ConfigFile().read(example).over(ServerConfig.defaults());

    assertThat(config.http()).isEqualTo(ServerConfig.DEFAULT_HTTP);
    assertThat(config.admin()).isEqualTo(ServerConfig.DEFAULT_ADMIN);
    assertThat(config.data()).isEqualTo(CliRun.repositoryRoot().resolve("ucprov-data"));
    assertThat(config.database()).isEmpty();
    assertThat(config.publicUrl()).isEmpty();
    String text = Files.readString(example);
    for (String key : ConfigFile.KEYS) {
      assertThat(text).as(key).containsPattern("(?m)^#? ?" + key + ": ");
    }
  }
}
