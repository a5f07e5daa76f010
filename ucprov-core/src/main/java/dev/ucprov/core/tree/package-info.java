/**
 * The read-only view of a provisioning tree that the core reasons about; adapters supply the bytes.
 */
package dev.ucprov.core.tree;
