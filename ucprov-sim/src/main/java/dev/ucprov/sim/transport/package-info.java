/** The wire clients a simulated phone fetches and uploads files with: HTTP(S), TFTP and FTP. */
package dev.ucprov.sim.transport;
