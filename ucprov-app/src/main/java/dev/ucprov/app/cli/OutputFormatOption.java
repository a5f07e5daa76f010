package dev.ucprov.app.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option, one declaration for every command that has it. */
public final class OutputFormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text (default) or json.")
  private OutputFormat format;

  public OutputFormat get() {
    return format;
  }
}
