package dev.ucprov.app.transfer;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.core.files.FilePath;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The regular files of a tree to import, each with the path it gets in the tenant. Unlike {@link
 * dev.ucprov.app.tree.DirectoryTree}, which quietly leaves out what it must not read, an import
 * refuses the whole tree when anything in it cannot become a stored file as it is: a symbolic link
 * that leads out of the tree, a link loop, a name the store does not accept. Nothing is uploaded
 * then, so a tree is never half imported because of a bad entry found late.
 */
final class TreeScan {

  /** One file to import: its tenant path, the file to read, its size. */
  record Entry(FilePath path, Path file, long size) {}

  private TreeScan() {}

  static List<Entry> scan(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new InputException("tree directory not found: " + directory);
    }
    List<Entry> entries = new ArrayList<>();
    try {
      Path root = directory.toRealPath();
      Files.walkFileTree(
          directory,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new Visitor(directory, root, entries));
    } catch (IOException e) {
      throw new InputException("cannot read tree " + directory + ": " + e.getMessage(), e);
    }
    entries.sort(Comparator.comparing(e -> e.path().value()));
    return List.copyOf(entries);
  }

  private static final class Visitor extends SimpleFileVisitor<Path> {
    private final Path directory;
    private final Path root;
    private final List<Entry> entries;

    Visitor(Path directory, Path root, List<Entry> entries) {
      this.directory = directory;
      this.root = root;
      this.entries = entries;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      requireInside(dir);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (!attrs.isRegularFile()) {
        return FileVisitResult.CONTINUE; // sockets, devices, pipes: not provisioning files
      }
      requireInside(file);
      String relative = relative(file);
      FilePath.problem(relative)
          .ifPresent(problem -> {
            throw new InputException(file + ": cannot be stored: " + problem);
          });
      entries.add(new Entry(new FilePath(relative), file, attrs.size()));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (e instanceof FileSystemLoopException) {
        throw new InputException(file + ": a symbolic link loop; remove it from the tree");
      }
      throw e;
    }

    private void requireInside(Path path) throws IOException {
      Path real = path.toRealPath();
      if (!real.startsWith(root)) {
        throw new InputException(
            path
                + ": a symbolic link out of the tree (to "
                + real
                + "); copy the file into the tree or remove the link");
      }
    }

    private String relative(Path file) {
      StringBuilder out = new StringBuilder();
      for (Path part : directory.relativize(file)) {
        out.append(out.isEmpty() ? "" : "/").append(part);
      }
      return out.toString();
    }
  }
}
