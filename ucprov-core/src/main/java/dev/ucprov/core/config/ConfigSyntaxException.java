package dev.ucprov.core.config;

/**
 * A file that cannot be read at all: not well-formed, a DTD or entity, or too large.
 *
 * <p>The message always names the file, line and column so an operator can go straight to it.
 */
public final class ConfigSyntaxException extends Exception {

  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  public ConfigSyntaxException(String file, int line, int column, String reason) {
    super(file + ":" + line + ":" + column + ": " + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 when the problem is the file as a whole (its size). */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when the problem is the file as a whole. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }
}
