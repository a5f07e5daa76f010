/** When a simulated phone polls its server on its own ({@code prov.polling.*}). */
package dev.ucprov.sim.polling;
