package dev.ucprov.app.serve;

import dev.ucprov.app.cli.ExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a running server when the process is asked to end (SIGTERM, SIGINT, SIGHUP): closes it,
 * which stops the listeners, writes the inventory still queued and closes the database, then ends
 * the process with status 0. The JVM's own status after a signal would be 128 + the signal's
 * number; an orderly stop that a service manager asked for is a success, so the hook ends the
 * process itself once everything is closed ({@link Runtime#halt}: nothing is left to run).
 *
 * <p>Installed only while the command serves: once {@code serve} returns, {@link #remove} takes it
 * away, so an ordinary {@code System.exit} keeps its own status.
 */
final class ShutdownHook {

  private static final Logger LOG = LoggerFactory.getLogger(ShutdownHook.class);

  private final Thread thread;

  private ShutdownHook(Thread thread) {
    this.thread = thread;
  }

  static ShutdownHook install(AutoCloseable server) {
    Thread thread =
        Thread.ofPlatform()
            .name("ucprov-shutdown")
            .unstarted(() -> Runtime.getRuntime().halt(stop(server)));
    Runtime.getRuntime().addShutdownHook(thread);
    return new ShutdownHook(thread);
  }

  void remove() {
    try {
      Runtime.getRuntime().removeShutdownHook(thread);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running and ends the process
    }
  }

  private static int stop(AutoCloseable server) {
    LOG.info("stopping: asked to end");
    try {
      server.close();
      LOG.info("stopped");
      return ExitCodes.OK;
    } catch (Exception e) {
      LOG.error("stopping failed", e);
      return ExitCodes.INTERNAL;
    }
  }
}
