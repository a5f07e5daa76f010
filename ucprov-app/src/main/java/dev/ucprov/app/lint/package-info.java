/** {@code ucprov lint}: best-practice findings over a provisioning tree, for people and CI. */
package dev.ucprov.app.lint;
