package dev.ucprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.tree.TreeAccessException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class FailureHandlerTest {

  @Command(name = "probe")
  static final class Probe implements Runnable {
    @Override
    public void run() {}
  }

  private final StringWriter err = new StringWriter();
  private final CommandLine command = new CommandLine(new Probe()).setErr(new PrintWriter(err));

  @Test
  void unreadableInputIsTheUsersToFix() {
    int code =
        new FailureHandler()
            .handleExecutionException(new TreeAccessException("cannot read x.cfg"), command, null);

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).isEqualTo("probe: cannot read x.cfg\n");
  }

  @Test
  void anythingElseIsABugReportedInOneLineWithoutAStackTrace() {
    int code =
        new FailureHandler()
            .handleExecutionException(new IllegalStateException("boom\nsecond"), command, null);

    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .isEqualTo(
            "probe: internal error, please report it: java.lang.IllegalStateException: boom"
                + " second\n");
  }
}
