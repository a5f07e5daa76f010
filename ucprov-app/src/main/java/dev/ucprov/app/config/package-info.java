/** The server's settings: defaults, a YAML file and command-line options merged into one record. */
package dev.ucprov.app.config;
