package dev.ucprov.core.tree;

import java.util.List;
import java.util.Optional;

/**
 * A provisioning tree as a phone would see it: files addressed by a relative path with {@code /}
 * separators and no leading slash ({@code logs/0004f2aabbcc-app.log}).
 *
 * <p>Implementations do the I/O (a directory, a database, a rendered template store); the core only
 * asks. Implementations must be safe to call from several threads.
 */
public interface ProvisioningTree {

  /** The content of the file at {@code path}, or empty when there is no such file. */
  Optional<byte[]> read(String path);

  /** Every file path in the tree, sorted, relative and {@code /}-separated. */
  List<String> paths();
}
