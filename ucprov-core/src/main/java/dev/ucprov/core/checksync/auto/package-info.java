/**
 * Automatic check-sync: which devices a change affects, noticed by decorators of the repositories
 * the operator's changes go through, and debounced into rate-limited jobs.
 */
package dev.ucprov.core.checksync.auto;
