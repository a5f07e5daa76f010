package dev.ucprov.core.lint;

import dev.ucprov.core.tree.ProvisioningTree;
import java.util.List;

/**
 * Runs every lint rule over a tree.
 *
 * <p>STUB: to be implemented.
 */
public final class Linter {

  /** The standard rule set. */
  public static Linter standard() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Every finding, sorted by file, line, then rule id. */
  public List<Finding> lint(ProvisioningTree tree) {
    throw new UnsupportedOperationException("TODO");
  }
}
