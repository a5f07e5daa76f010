/**
 * Read-through caches in front of the repositories, so a steady-state phone request reads no
 * database; entries live a bounded time so nodes sharing one database see each other's changes.
 */
package dev.ucprov.store.cache;
