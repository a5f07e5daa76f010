package dev.ucprov.core.config;

/**
 * Something wrong in a file that was still read: the file is usable, but an operator should know.
 *
 * @param kind what kind of problem
 * @param file the file's path in the tree
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong, for people, naming the parameter
 */
public record ConfigProblem(Kind kind, String file, int line, int column, String message) {

  /** The kinds of problems a reader reports without refusing the file. */
  public enum Kind {
    /** The same parameter twice in one file; the first occurrence is kept. */
    DUPLICATE_PARAMETER,
    /** An attribute name that is not a valid Polycom parameter name. */
    INVALID_PARAMETER_NAME,
    /**
     * The file could not be read at all (see {@link ConfigSyntaxException}); a phone ignores it.
     */
    UNREADABLE,
    /** A problem in the master config for this phone (see {@code MasterProblem}). */
    MASTER
  }
}
