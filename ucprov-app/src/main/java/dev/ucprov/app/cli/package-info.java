/** What every ucprov command shares: exit codes, output formats, error reporting, tables. */
package dev.ucprov.app.cli;
