/** The UDP SIP user agent server a simulated phone receives check-sync NOTIFYs with. */
package dev.ucprov.sim.checksync;
