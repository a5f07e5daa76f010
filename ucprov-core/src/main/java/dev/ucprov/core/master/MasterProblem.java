package dev.ucprov.core.master;

/**
 * Something wrong in a master config for a given phone: a limit exceeded, a token that cannot be
 * substituted, an unknown attribute.
 *
 * @param attribute the attribute as written ({@code CONFIG_FILES_VVX410})
 * @param line 1-based line of the attribute in the master file (0 when unknown)
 * @param message what is wrong and what the phone will do about it
 */
public record MasterProblem(String attribute, int line, String message) {}
