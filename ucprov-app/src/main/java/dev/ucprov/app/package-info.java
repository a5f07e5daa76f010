/** The {@code ucprov} command line: wires the core to the file system and to people. */
package dev.ucprov.app;
