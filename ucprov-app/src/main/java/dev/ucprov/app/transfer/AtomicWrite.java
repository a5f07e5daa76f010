package dev.ucprov.app.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a reader (nginx serving the export) sees the old file or the new one, never
 * half of it: the bytes go to a temporary file in the same directory, which is then renamed over
 * the target. A link at the target is replaced, never followed. Files get the usual mode (0666 less
 * the umask), so a web server can read them.
 */
final class AtomicWrite {

  private AtomicWrite() {}

  /** Copies {@code content} (read to the end and closed) to {@code target}; the bytes written. */
  static long write(Path target, InputStream content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    // Not Files.createTempFile: its mode 0600 would hide the export from a web server's user.
    Path temp = directory.resolve(".ucprov-" + UUID.randomUUID() + ".tmp");
    try (content;
        OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
      long size = content.transferTo(out);
      out.flush();
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return size;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
