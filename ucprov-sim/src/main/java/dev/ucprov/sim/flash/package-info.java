/** A simulated phone's local storage: the files it cached and the few settings it keeps. */
package dev.ucprov.sim.flash;
