/** The TLS context a simulated phone presents its client certificate with. */
package dev.ucprov.sim.tls;
