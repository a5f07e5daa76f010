/** What one phone ends up with under Polycom's precedence rules, and which file set each value. */
package dev.ucprov.core.effective;
