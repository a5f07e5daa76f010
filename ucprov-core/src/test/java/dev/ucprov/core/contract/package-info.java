/**
 * Contract tests of the storage interfaces: each backend implements these interfaces in its own
 * tests and so runs every clause against its own storage.
 */
package dev.ucprov.core.contract;
