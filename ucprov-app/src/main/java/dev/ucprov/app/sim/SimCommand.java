package dev.ucprov.app.sim;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ucprov sim}: the phone simulator's commands. */
@Command(
    name = "sim",
    header = "Simulated phones: boot one from a server and see every request it makes.",
    subcommands = {SimBootCommand.class})
public final class SimCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: boot");
  }
}
