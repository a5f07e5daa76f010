package dev.ucprov.app.checksync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A job's progress on stderr, from the job documents polled: on a terminal a bar redrawn in place
 * ({@code \r}), otherwise (a log, a CI job) a plain line every five seconds and one at the end. Not
 * thread-safe: one per job followed.
 */
final class JobProgress {

  private static final int BAR = 30;
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private long lastShown;
  private boolean shown;
  private String last = "";

  JobProgress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
  }

  /** Shows the job as polled now. */
  void show(JsonNode job) {
    last = line(job);
    long now = nanoTime.getAsLong();
    if (terminal) {
      err.print("\r" + last + "\u001b[K");
      err.flush();
      shown = true;
    } else if (!shown || now - lastShown >= LOG_EVERY_NANOS) {
      err.println(last);
      err.flush();
      shown = true;
      lastShown = now;
    }
  }

  /** Ends the display: the terminal line gets its line break, a log its last state. */
  void finish() {
    if (terminal && shown) {
      err.print('\n');
    } else if (!terminal && !last.isEmpty()) {
      err.println(last);
    }
    err.flush();
  }

  /** {@code check-sync [#########---------] 12/20 (ok 10, failed 2)}. */
  static String line(JsonNode job) {
    int total = job.path("total").asInt();
    JsonNode counts = job.path("counts");
    int pending = counts.path("pending").asInt() + counts.path("sending").asInt();
    int done = total - pending;
    int failed = job.path("failed").asInt();
    int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
    return String.format(
        Locale.ROOT,
        "check-sync [%s%s] %d/%d (ok %d, failed %d)",
        "#".repeat(filled),
        "-".repeat(BAR - filled),
        done,
        total,
        counts.path("ok").asInt(),
        failed);
  }
}
