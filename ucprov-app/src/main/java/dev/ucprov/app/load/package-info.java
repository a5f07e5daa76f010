/** {@code ucprov loadtest}: the load generator's command line, progress and report. */
package dev.ucprov.app.load;
