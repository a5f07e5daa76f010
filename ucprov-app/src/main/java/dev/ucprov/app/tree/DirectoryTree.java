package dev.ucprov.app.tree;

import dev.ucprov.core.tree.ProvisioningTree;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A provisioning tree that is a directory on disk.
 *
 * <p>Only regular files count. A symbolic link is followed only when its target, fully resolved, is
 * inside the root: a link out of the root is neither listed nor read, and a link loop is skipped. A
 * path a phone could send to escape ({@code ..}, absolute, backslash, empty segments) is simply not
 * found. {@link #paths()} lists exactly the paths that {@link #read} returns.
 *
 * <p>Thread-safe: holds only the root. Checking and reading are two steps, so a link swapped in
 * between by someone with write access to the tree is not caught; such a person owns the tree
 * anyway.
 */
public final class DirectoryTree implements ProvisioningTree {

  private final Path root;

  private DirectoryTree(Path root) {
    this.root = root;
  }

  /**
   * The tree at {@code directory}.
   *
   * @throws TreeAccessException when it does not exist, is not a directory or cannot be resolved
   */
  public static DirectoryTree open(Path directory) {
    if (!Files.exists(directory)) {
      throw new TreeAccessException("tree directory not found: " + directory);
    }
    if (!Files.isDirectory(directory)) {
      throw new TreeAccessException("tree path is not a directory: " + directory);
    }
    try {
      return new DirectoryTree(directory.toRealPath());
    } catch (IOException e) {
      throw new TreeAccessException(
          "cannot open tree directory " + directory + ": " + reason(e), e);
    }
  }

  /** The real (symlink-free, absolute) path of the root. */
  public Path root() {
    return root;
  }

  /**
   * @throws TreeAccessException when the file exists but cannot be read
   */
  @Override
  public Optional<byte[]> read(String path) {
    Optional<Path> file = locate(path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file.get()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new TreeAccessException(
          "cannot read " + path + " in tree " + root + ": " + reason(e), e);
    }
  }

  /**
   * @throws TreeAccessException when a directory inside the tree cannot be listed
   */
  @Override
  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    try {
      Files.walkFileTree(
          root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Lister(paths));
    } catch (IOException e) {
      throw new TreeAccessException("cannot list tree " + root + ": " + reason(e), e);
    }
    paths.sort(null);
    return List.copyOf(paths);
  }

  /** The real file for a tree path, when it is a regular file inside the root. */
  private Optional<Path> locate(String path) {
    if (!TreePaths.isWellFormed(path)) {
      return Optional.empty();
    }
    try {
      Path real = root.resolve(path).toRealPath();
      return real.startsWith(root) && Files.isRegularFile(real)
          ? Optional.of(real)
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new TreeAccessException(
          "cannot read " + path + " in tree " + root + ": " + reason(e), e);
    }
  }

  private boolean inside(Path path) throws IOException {
    return path.toRealPath().startsWith(root);
  }

  private static String reason(IOException e) {
    return switch (e) {
      case AccessDeniedException denied -> "permission denied";
      case NoSuchFileException missing -> "no such file or directory";
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }

  /** Collects regular files inside the root; refuses to go through links that leave it. */
  private final class Lister extends SimpleFileVisitor<Path> {

    private final List<String> paths;

    Lister(List<String> paths) {
      this.paths = paths;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      return inside(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      String path = TreePaths.relative(root, file);
      if (attrs.isRegularFile() && TreePaths.isWellFormed(path) && inside(file)) {
        paths.add(path);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException || e instanceof NoSuchFileException) {
        return FileVisitResult.CONTINUE;
      }
      String where = file.equals(root) ? "" : " " + TreePaths.relative(root, file);
      throw new TreeAccessException(
          "cannot read directory" + where + " in tree " + root + ": " + reason(e), e);
    }
  }
}
