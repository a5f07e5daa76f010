package dev.ucprov.app.cli;

import dev.ucprov.app.tree.TreeAccessException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that failed while running: unreadable input is the user's to fix ({@link
 * ExitCodes#USAGE}), anything else is a bug in ucprov ({@link ExitCodes#INTERNAL}). Either way one
 * line on stderr and no stack trace.
 */
public final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    String name = command.getCommandSpec().qualifiedName();
    int code;
    String message;
    if (ex instanceof TreeAccessException unreadable) {
      code = ExitCodes.USAGE;
      message = unreadable.getMessage();
    } else if (ex instanceof InputException input) {
      code = ExitCodes.USAGE;
      message = input.getMessage();
    } else {
      code = ExitCodes.INTERNAL;
      message = "internal error, please report it: " + ex;
    }
    command.getErr().println(name + ": " + OneLine.of(message));
    command.getErr().flush();
    return code;
  }
}
