/**
 * In-memory repositories and blob store that honour the storage contracts, for tests of the core
 * and of adapters; shipped in the core's test-jar.
 */
package dev.ucprov.core.testing;
