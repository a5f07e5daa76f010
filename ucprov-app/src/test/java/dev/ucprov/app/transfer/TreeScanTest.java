package dev.ucprov.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.cli.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeScanTest {

  @TempDir Path temp;

  private Path tree() throws IOException {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(tree.resolve("000000000000.cfg"), "<APPLICATION/>");
    Files.createDirectories(tree.resolve("overrides"));
    Files.writeString(tree.resolve("overrides/0004f2aabbcc-phone.cfg"), "<PHONE_CONFIG/>");
    Files.write(tree.resolve("sip.ld"), new byte[] {1, 2, 3});
    return tree;
  }

  @Test
  void everyRegularFileWithItsTreePathAndSize() throws IOException {
    Path tree = tree();

    assertThat(TreeScan.scan(tree))
        .extracting(e -> e.path().value() + ":" + e.size())
        .containsExactly("000000000000.cfg:14", "overrides/0004f2aabbcc-phone.cfg:15", "sip.ld:3");
  }

  @Test
  void aLinkInsideTheTreeIsImportedUnderItsOwnName() throws IOException {
    Path tree = tree();
    Files.createSymbolicLink(tree.resolve("firmware.ld"), tree.resolve("sip.ld"));

    assertThat(TreeScan.scan(tree)).extracting(e -> e.path().value()).contains("firmware.ld");
  }

  @Test
  void aLinkOutOfTheTreeRefusesTheWholeImportNamingIt() throws IOException {
    Path tree = tree();
    Path secret = Files.writeString(temp.resolve("secret.txt"), "not for phones");
    Files.createSymbolicLink(tree.resolve("overrides/leak.cfg"), secret);

    assertThatThrownBy(() -> TreeScan.scan(tree))
        .isInstanceOf(InputException.class)
        .hasMessage(
            tree.resolve("overrides/leak.cfg")
                + ": a symbolic link out of the tree (to "
                + secret.toRealPath()
                + "); copy the file into the tree or remove the link");
  }

  @Test
  void aDirectoryLinkOutOfTheTreeIsRefusedToo() throws IOException {
    Path tree = tree();
    Path outside = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(outside.resolve("x.cfg"), "x");
    Files.createSymbolicLink(tree.resolve("more"), outside);

    assertThatThrownBy(() -> TreeScan.scan(tree))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("more: a symbolic link out of the tree");
  }

  @Test
  void aLinkLoopIsRefused() throws IOException {
    Path tree = tree();
    Files.createSymbolicLink(tree.resolve("overrides/loop"), tree);

    assertThatThrownBy(() -> TreeScan.scan(tree))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a symbolic link loop");
  }

  @Test
  void aMissingDirectoryIsNamed() {
    assertThatThrownBy(() -> TreeScan.scan(temp.resolve("nope")))
        .hasMessage("tree directory not found: " + temp.resolve("nope"));
  }
}
