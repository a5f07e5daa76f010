/** {@code ucprov sim}: a simulated phone booting from a real server, with its trace. */
package dev.ucprov.app.sim;
