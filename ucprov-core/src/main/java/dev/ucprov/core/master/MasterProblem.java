package dev.ucprov.core.master;

/**
 * Something wrong in a master config for a given phone: a limit exceeded, a token that cannot be
 * substituted, an unknown attribute, a path phones cannot use.
 *
 * @param kind what kind of problem, so callers (lint) can tell them apart without reading prose
 * @param attribute the attribute as written ({@code CONFIG_FILES_VVX410})
 * @param line 1-based line of the attribute in the master file (0 when unknown)
 * @param message what is wrong and what the phone will do about it
 */
public record MasterProblem(Kind kind, String attribute, int line, String message) {

  /** The kinds of master problems. */
  public enum Kind {
    /** A path over 255 characters, or CONFIG_FILES over 2047. */
    LIMIT_EXCEEDED,
    /** A token that cannot be filled for this phone (model or part number unknown). */
    UNSUBSTITUTED_TOKEN,
    /** An attribute no phone knows. */
    UNKNOWN_ATTRIBUTE,
    /** A path above the root, or the root where a file is needed. */
    UNUSABLE_PATH
  }
}
