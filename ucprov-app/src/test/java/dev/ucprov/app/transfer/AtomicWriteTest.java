package dev.ucprov.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

  @TempDir Path temp;

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes());
  }

  @Test
  void writesTheFileWithItsDirectoriesAndLeavesNoTemporaryFile() throws IOException {
    Path target = temp.resolve("overrides/0004f2aabbcc-phone.cfg");

    assertThat(AtomicWrite.write(target, bytes("<PHONE_CONFIG/>"))).isEqualTo(15);

    assertThat(target).hasContent("<PHONE_CONFIG/>");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  /** Not the 0600 of a JDK temporary file, which would hide the export from a web server. */
  @Test
  void theFileGetsTheModeAnyNewFileGets() throws IOException {
    Path target = temp.resolve("site.cfg");
    Path ordinary = Files.createFile(temp.resolve("ordinary"));

    AtomicWrite.write(target, bytes("x"));

    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void aLinkAtTheTargetIsReplacedNotFollowed() throws IOException {
    Path outside = Files.writeString(temp.resolve("outside.txt"), "keep me");
    Path target = temp.resolve("out/site.cfg");
    Files.createDirectories(target.getParent());
    Files.createSymbolicLink(target, outside);

    AtomicWrite.write(target, bytes("new"));

    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(target).hasContent("new");
    assertThat(outside).hasContent("keep me");
  }
}
