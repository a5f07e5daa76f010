package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.cli.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenFileTest {

  @TempDir Path temp;

  private AdminTokenFile tokens() {
    return new AdminTokenFile(temp.resolve("data/admin-token"), new SecureRandom());
  }

  @Test
  void theFirstStartGeneratesThirtyTwoRandomBytesStoredOwnerOnly() throws IOException {
    AdminToken token = tokens().obtain(Optional.empty());

    assertThat(token.origin()).isEqualTo(AdminToken.Origin.GENERATED);
    assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
    Path file = temp.resolve("data/admin-token");
    assertThat(Files.readString(file)).isEqualTo(token.value() + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void laterStartsReadTheStoredToken() {
    AdminToken first = tokens().obtain(Optional.empty());

    AdminToken second = tokens().obtain(Optional.empty());

    assertThat(second).isEqualTo(new AdminToken(first.value(), AdminToken.Origin.STORED));
  }

  @Test
  void theEnvironmentWinsAndWritesNothing() {
    AdminToken token = tokens().obtain(Optional.of("from-env"));

    assertThat(token).isEqualTo(new AdminToken("from-env", AdminToken.Origin.ENVIRONMENT));
    assertThat(temp.resolve("data/admin-token")).doesNotExist();
  }

  @Test
  void theEnvironmentWinsOverAStoredToken() {
    tokens().obtain(Optional.empty());

    assertThat(tokens().obtain(Optional.of("from-env")).value()).isEqualTo("from-env");
  }

  @Test
  void anEmptyVariableCountsAsUnset() {
    assertThat(tokens().obtain(Optional.of("  ")).origin()).isEqualTo(AdminToken.Origin.GENERATED);
  }

  @Test
  void anEmptyStoredFileIsRefusedWithWhatToDo() throws IOException {
    Files.createDirectories(temp.resolve("data"));
    Files.writeString(temp.resolve("data/admin-token"), "\n");

    assertThatThrownBy(() -> tokens().obtain(Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith(
            "admin-token is empty: delete it to have a new admin token generated on the next"
                + " start");
  }

  @Test
  void theSecretIsNotInToString() {
    assertThat(new AdminToken("s3cret", AdminToken.Origin.ENVIRONMENT).toString())
        .doesNotContain("s3cret");
  }
}
