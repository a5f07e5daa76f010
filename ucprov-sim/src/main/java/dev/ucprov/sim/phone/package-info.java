/**
 * The virtual phone: boot server discovery, the provisioning life-cycle of the white paper and
 * polycom-facts.md, its flash, its user actions, and the trace each cycle leaves.
 */
package dev.ucprov.sim.phone;
