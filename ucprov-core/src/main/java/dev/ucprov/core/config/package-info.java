/** Polycom configuration files: a hardened reader that keeps positions, and a canonical writer. */
package dev.ucprov.core.config;
