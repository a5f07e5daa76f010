package dev.ucprov.app.transfer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long transfer on stderr. Quiet for the first second, so small trees print nothing;
 * then, on a terminal, one line redrawn in place ({@code \r}) at most ten times a second, and
 * otherwise (a log, a CI job) a plain line every five seconds. Not thread-safe: one per transfer.
 */
public final class Progress {

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long TERMINAL_EVERY_NANOS = 100_000_000L;
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final String verb;
  private final int totalFiles;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastShown;
  private boolean shown;
  private int files;
  private long bytes;

  Progress(PrintWriter err, boolean terminal, String verb, int totalFiles, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.verb = verb;
    this.totalFiles = totalFiles;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /** A reporter for this process's stderr, redrawing in place when stderr is a terminal. */
  static Progress onStderr(PrintWriter err, String verb, int totalFiles) {
    return new Progress(err, stderrIsTerminal(), verb, totalFiles, System::nanoTime);
  }

  /** One more file done, of {@code size} bytes. */
  void advance(long size) {
    files++;
    bytes += size;
    long now = nanoTime.getAsLong();
    if (now - start < QUIET_NANOS) {
      return;
    }
    long every = terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS;
    if (!shown || now - lastShown >= every) {
      show(now);
    }
  }

  /** Ends the progress display: a terminal line is finished with a line break. */
  void finish() {
    if (shown && terminal) {
      show(nanoTime.getAsLong());
      err.print('\n');
      err.flush();
    }
  }

  private void show(long now) {
    String line =
        String.format(
            Locale.ROOT, "%s: %d/%d files, %.1f MB", verb, files, totalFiles, bytes / 1_000_000.0);
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
    } else {
      err.println(line);
    }
    err.flush();
    shown = true;
    lastShown = now;
  }

  /**
   * Whether file descriptor 2 is a terminal. Java has no portable check for stderr ({@code
   * System.console()} looks at stdin and stdout), so this reads where Linux says the descriptor
   * points; anywhere else it answers no, and progress comes as plain lines.
   */
  public static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }
}
