package dev.ucprov.app;

import dev.ucprov.app.explain.ExplainCommand;
import dev.ucprov.app.lint.LintCommand;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.lint.Linter;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives picocli commands built with their collaborators, so commands take them by constructor. */
final class CommandFactory implements IFactory {

  private final EffectiveConfigResolver resolver;
  private final Linter linter;

  CommandFactory(EffectiveConfigResolver resolver, Linter linter) {
    this.resolver = resolver;
    this.linter = linter;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == ExplainCommand.class) {
      return type.cast(new ExplainCommand(resolver));
    }
    if (type == LintCommand.class) {
      return type.cast(new LintCommand(linter));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
