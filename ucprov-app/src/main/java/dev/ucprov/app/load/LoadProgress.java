package dev.ucprov.app.load;

import dev.ucprov.sim.load.LoadSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A load test's progress on stderr: on a terminal a bar redrawn in place ({@code \r}) a few times a
 * second, otherwise (a log, CI) one plain line a second. Called from one thread at a time (the load
 * test's ticker, then its caller at the end).
 */
final class LoadProgress implements Consumer<LoadSnapshot> {

  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private boolean shown;

  LoadProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** How often the load test should tell: the terminal's bar moves, a log gets a line a second. */
  Duration every() {
    return terminal ? Duration.ofMillis(250) : Duration.ofSeconds(1);
  }

  @Override
  public void accept(LoadSnapshot snapshot) {
    String line = line(snapshot);
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
    } else {
      err.println(line);
    }
    err.flush();
    shown = true;
  }

  /** Ends the bar's line on a terminal. */
  void finish() {
    if (terminal && shown) {
      err.print('\n');
      err.flush();
    }
  }

  /** {@code loadtest [######----] 512/1000 phones, 2 errors, 40 booting, 3.1 s, 160.2 phones/s}. */
  static String line(LoadSnapshot s) {
    int filled = (int) ((long) BAR * s.done() / s.phones());
    double seconds = s.elapsed().toNanos() / 1e9;
    return String.format(
        Locale.ROOT,
        "loadtest [%s%s] %d/%d phones, %d errors, %d booting, %.1f s, %.1f phones/s, %.0f"
            + " requests/s",
        "#".repeat(filled),
        "-".repeat(BAR - filled),
        s.done(),
        s.phones(),
        s.errors(),
        s.inFlight(),
        seconds,
        seconds > 0 ? s.completed() / seconds : 0,
        seconds > 0 ? s.requests() / seconds : 0);
  }
}
