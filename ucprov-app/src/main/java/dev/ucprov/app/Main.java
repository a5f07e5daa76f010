package dev.ucprov.app;

import dev.ucprov.app.checksync.CheckSyncCommand;
import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.FailureHandler;
import dev.ucprov.app.cli.UsageErrorHandler;
import dev.ucprov.app.cli.VersionProvider;
import dev.ucprov.app.demo.DemoCommand;
import dev.ucprov.app.explain.ExplainCommand;
import dev.ucprov.app.lint.LintCommand;
import dev.ucprov.app.load.LoadTestCommand;
import dev.ucprov.app.serve.ServeCommand;
import dev.ucprov.app.sim.SimCommand;
import dev.ucprov.app.transfer.ExportCommand;
import dev.ucprov.app.transfer.ImportCommand;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.lint.Linter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code ucprov}: the command line. Exit codes are in {@link dev.ucprov.app.cli.ExitCodes}. */
@Command(
    name = "ucprov",
    // Subcommands inherit -h/-V, the version and the headings.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    description = "Provisioning for Polycom UC Software SIP phones.",
    footerHeading = "%n",
    footer = {
      "Exit status: 0 done, 1 lint found an error, a check-sync failed on some device, a"
          + " simulated boot failed or a load test passed its error rate, 2 bad usage or unreadable"
          + " input, 3 internal error. See README.md."
    },
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      ExplainCommand.class,
      LintCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      CheckSyncCommand.class,
      LoadTestCommand.class,
      SimCommand.class,
      HelpCommand.class
    })
public final class Main implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Without a subcommand there is nothing to do: say which exist. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: serve, demo, explain, lint, import, export, check-sync, sim, loadtest"
            + " or help");
  }

  public static void main(String[] args) {
    // UTF-8 whatever the locale: JSON is UTF-8, and parameter values may hold any character.
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line against the file system; what {@link #main} and tests share. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /** As {@link #run(PrintWriter, PrintWriter, String...)} with the given environment variables. */
  public static int run(
      PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
    CommandLine commandLine;
    try {
      commandLine = commandLine(out, err, environment);
    } catch (RuntimeException e) {
      // Wiring happens before picocli's handlers exist; keep the one-line promise here too.
      err.println("ucprov: internal error, please report it: " + e);
      err.flush();
      return ExitCodes.INTERNAL;
    }
    return commandLine.execute(args);
  }

  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Map<String, String> environment) {
    CommandFactory factory =
        new CommandFactory(
            new EffectiveConfigResolver(new ConfigReader()), Linter.standard(), environment);
    return new CommandLine(new Main(), factory)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(new UsageErrorHandler())
        .setExecutionExceptionHandler(new FailureHandler());
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
  }
}
