/** A provisioning tree read from a directory on disk, locked to that directory. */
package dev.ucprov.app.tree;
