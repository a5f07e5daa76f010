package dev.ucprov.app;

import dev.ucprov.app.checksync.CheckSyncCommand;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.demo.DemoCommand;
import dev.ucprov.app.explain.ExplainCommand;
import dev.ucprov.app.lint.LintCommand;
import dev.ucprov.app.serve.ServeCommand;
import dev.ucprov.app.serve.ServerSession;
import dev.ucprov.app.sim.SimBootCommand;
import dev.ucprov.app.transfer.ExportCommand;
import dev.ucprov.app.transfer.ImportCommand;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.lint.Linter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives picocli commands built with their collaborators, so commands take them by constructor. */
final class CommandFactory implements IFactory {

  private final EffectiveConfigResolver resolver;
  private final Linter linter;
  private final Map<String, String> environment;

  /**
   * @param environment the process environment (tests pass their own), read for the admin token
   */
  CommandFactory(EffectiveConfigResolver resolver, Linter linter, Map<String, String> environment) {
    this.resolver = resolver;
    this.linter = linter;
    this.environment = Map.copyOf(environment);
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == ExplainCommand.class) {
      return type.cast(new ExplainCommand(resolver));
    }
    if (type == LintCommand.class) {
      return type.cast(new LintCommand(linter));
    }
    if (type == ServeCommand.class) {
      return type.cast(new ServeCommand(session(), new ConfigFile()));
    }
    if (type == DemoCommand.class) {
      return type.cast(new DemoCommand(session(), new ConfigFile()));
    }
    if (type == ImportCommand.class) {
      return type.cast(new ImportCommand(environment));
    }
    if (type == ExportCommand.class) {
      return type.cast(new ExportCommand(environment));
    }
    if (type == CheckSyncCommand.class) {
      return type.cast(new CheckSyncCommand(environment));
    }
    if (type == SimBootCommand.class) {
      return type.cast(new SimBootCommand(resolver, environment));
    }
    return CommandLine.defaultFactory().create(type);
  }

  /** Made only for the commands that serve: the other commands need no clock or randomness. */
  private ServerSession session() {
    return new ServerSession(environment, Clock.systemUTC(), new SecureRandom());
  }
}
