package dev.ucprov.app.tree;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTreeTest {

  @TempDir Path temp;

  private Path root() throws IOException {
    Path root = Files.createDirectories(temp.resolve("tree"));
    write(root.resolve("000000000000.cfg"), "<APPLICATION/>");
    write(root.resolve("site.cfg"), "<polycomConfig/>");
    write(root.resolve("overrides/0004f2aabbcc-phone.cfg"), "<PHONE_CONFIG/>");
    write(root.resolve("logs/deep/er/x.log"), "log");
    return root;
  }

  @Test
  void listsRegularFilesRelativeSlashSeparatedAndSorted() throws IOException {
    DirectoryTree tree = DirectoryTree.open(root());

    assertThat(tree.paths())
        .containsExactly(
            "000000000000.cfg",
            "logs/deep/er/x.log",
            "overrides/0004f2aabbcc-phone.cfg",
            "site.cfg");
  }

  @Test
  void readsAFileByItsTreePath() throws IOException {
    DirectoryTree tree = DirectoryTree.open(root());

    assertThat(tree.read("overrides/0004f2aabbcc-phone.cfg"))
        .hasValueSatisfying(b -> assertThat(new String(b, UTF_8)).isEqualTo("<PHONE_CONFIG/>"));
    assertThat(tree.read("missing.cfg")).isEmpty();
    assertThat(tree.read("overrides")).isEmpty();
  }

  @Test
  void pathsThatClimbOrAreNotRelativeAreNotFound() throws IOException {
    Path root = root();
    write(temp.resolve("secret.txt"), "secret");
    DirectoryTree tree = DirectoryTree.open(root);

    assertThat(tree.read("../secret.txt")).isEmpty();
    assertThat(tree.read("overrides/../../secret.txt")).isEmpty();
    assertThat(tree.read(temp.resolve("secret.txt").toString())).isEmpty();
    assertThat(tree.read("./site.cfg")).isEmpty();
    assertThat(tree.read("overrides//0004f2aabbcc-phone.cfg")).isEmpty();
    assertThat(tree.read("overrides\\0004f2aabbcc-phone.cfg")).isEmpty();
    assertThat(tree.read("")).isEmpty();
  }

  @Test
  void refusesSymlinksOutOfTheRoot() throws IOException {
    Path root = root();
    Path outside = Files.createDirectories(temp.resolve("outside"));
    write(outside.resolve("secret.cfg"), "secret");
    Files.createSymbolicLink(root.resolve("escape.cfg"), outside.resolve("secret.cfg"));
    Files.createSymbolicLink(root.resolve("escape-dir"), outside);
    DirectoryTree tree = DirectoryTree.open(root);

    assertThat(tree.read("escape.cfg")).isEmpty();
    assertThat(tree.read("escape-dir/secret.cfg")).isEmpty();
    assertThat(tree.paths()).noneMatch(p -> p.startsWith("escape"));
  }

  @Test
  void followsSymlinksThatStayInside() throws IOException {
    Path root = root();
    Files.createSymbolicLink(root.resolve("0004f2aabbcc.cfg"), root.resolve("000000000000.cfg"));
    Files.createSymbolicLink(root.resolve("ovr"), root.resolve("overrides"));
    DirectoryTree tree = DirectoryTree.open(root);

    assertThat(tree.read("0004f2aabbcc.cfg")).isPresent();
    assertThat(tree.read("ovr/0004f2aabbcc-phone.cfg")).isPresent();
    assertThat(tree.paths()).contains("0004f2aabbcc.cfg", "ovr/0004f2aabbcc-phone.cfg");
  }

  @Test
  void survivesALinkLoopAndADanglingLink() throws IOException {
    Path root = root();
    Files.createSymbolicLink(root.resolve("logs/loop"), root.resolve("logs"));
    Files.createSymbolicLink(root.resolve("dangling.cfg"), root.resolve("nowhere.cfg"));
    DirectoryTree tree = DirectoryTree.open(root);

    assertThat(tree.paths()).contains("site.cfg").doesNotContain("dangling.cfg");
    assertThat(tree.read("dangling.cfg")).isEmpty();
  }

  @Test
  void aRootGivenThroughASymlinkWorks() throws IOException {
    Path root = root();
    Path link = Files.createSymbolicLink(temp.resolve("link"), root);

    DirectoryTree tree = DirectoryTree.open(link);

    assertThat(tree.root()).isEqualTo(root.toRealPath());
    assertThat(tree.read("site.cfg")).isPresent();
  }

  @Test
  void aMissingOrNonDirectoryRootIsAClearError() throws IOException {
    Path file = write(temp.resolve("file.cfg"), "x");

    assertThatThrownBy(() -> DirectoryTree.open(temp.resolve("nope")))
        .isInstanceOf(TreeAccessException.class)
        .hasMessage("tree directory not found: " + temp.resolve("nope"));
    assertThatThrownBy(() -> DirectoryTree.open(file))
        .isInstanceOf(TreeAccessException.class)
        .hasMessage("tree path is not a directory: " + file);
  }

  @Test
  void anUnreadableDirectoryIsAClearError() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
    Path root = root();
    Path logs = root.resolve("logs");
    Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("---------"));
    try {
      DirectoryTree tree = DirectoryTree.open(root);
      assertThatThrownBy(tree::paths)
          .isInstanceOf(TreeAccessException.class)
          .hasMessage(
              "cannot read directory logs in tree " + root.toRealPath() + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static Path write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }
}
