package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void theEmbeddedDefaultIsAnH2FileInTheDirectory() {
    DatabaseSettings settings = DatabaseSettings.h2File(Path.of("/var/lib/ucprov"));

    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:file:/var/lib/ucprov/ucprov");
    assertThat(settings.maxPoolSize()).isEqualTo(DatabaseSettings.DEFAULT_POOL_SIZE);
  }

  @Test
  void thePasswordIsNeverShown() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:postgresql://db/ucprov", "ucprov", "hunter2", 4);

    assertThat(settings.toString()).contains("ucprov").doesNotContain("hunter2");
  }

  @Test
  void nonsenseIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new DatabaseSettings("postgres://db", "", "", 1))
        .hasMessageContaining("postgres://db");
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "", "", 0))
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", null, "", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
