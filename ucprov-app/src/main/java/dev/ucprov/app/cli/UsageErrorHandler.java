package dev.ucprov.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Bad usage (unknown option, missing or malformed value): exactly one line on stderr, prefixed with
 * the command's name and ending with where to find help, then exit {@link ExitCodes#USAGE}.
 */
public final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String line = name + ": " + OneLine.of(ex.getMessage()) + " (see '" + name + " --help')";
    command.getErr().println(line);
    command.getErr().flush();
    return ExitCodes.USAGE;
  }
}
