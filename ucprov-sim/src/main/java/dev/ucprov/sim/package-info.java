/**
 * Simulated Polycom phones that speak only wire protocols to a provisioning server, for testing it
 * and measuring it (issue 7).
 */
package dev.ucprov.sim;
