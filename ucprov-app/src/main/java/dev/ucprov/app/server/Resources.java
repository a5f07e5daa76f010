package dev.ucprov.app.server;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server opened, closed in the reverse order: the listeners before the inventory recorder
 * (so no sighting arrives after its last batch), the recorder before the database (so its last
 * batch is written). A failure to close one part is logged and the others are still closed.
 *
 * <p>Not thread-safe; {@link #close} runs once, later calls do nothing.
 */
final class Resources implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Resources.class);

  private record Named(String name, AutoCloseable resource) {}

  private final Deque<Named> opened = new ArrayDeque<>();

  /** Registers {@code resource} to be closed before everything registered earlier. */
  <T extends AutoCloseable> T add(String name, T resource) {
    opened.push(new Named(name, resource));
    return resource;
  }

  /** Closes everything; the first failure is thrown once all were tried. */
  @Override
  public void close() throws Exception {
    Exception first = null;
    while (!opened.isEmpty()) {
      Named next = opened.pop();
      try {
        next.resource().close();
        LOG.debug("closed {}", next.name());
      } catch (Exception e) {
        LOG.error("closing {} failed", next.name(), e);
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
