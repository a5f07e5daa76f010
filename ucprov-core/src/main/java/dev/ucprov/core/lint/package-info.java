/**
 * Best-practice checks over a provisioning tree, each finding with a rule id, severity, file and
 * line.
 */
package dev.ucprov.core.lint;
