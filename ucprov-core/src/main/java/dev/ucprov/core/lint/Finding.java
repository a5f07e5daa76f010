package dev.ucprov.core.lint;

/**
 * One lint finding.
 *
 * @param rule the rule's stable id ({@code web-ui-enabled})
 * @param severity how much it matters
 * @param file the file it is about, relative to the tree ({@code ""} for the tree as a whole)
 * @param line 1-based line, 0 when it is about the whole file
 * @param message what is wrong and what to do about it
 */
public record Finding(String rule, Severity severity, String file, int line, String message) {}
