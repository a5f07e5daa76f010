/**
 * The load generator (issue 7 point 3): many virtual phones booting at an arrival rate, bounded in
 * count and time, measured with HdrHistogram.
 */
package dev.ucprov.sim.load;
