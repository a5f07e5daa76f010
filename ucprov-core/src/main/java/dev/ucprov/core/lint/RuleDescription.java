package dev.ucprov.core.lint;

/**
 * What a rule checks, for {@code ucprov lint --rules} and the README.
 *
 * @param id the stable kebab-case id
 * @param severity the severity of its findings
 * @param summary one line for people
 */
public record RuleDescription(String id, Severity severity, String summary) {}
