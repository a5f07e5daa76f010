/** Devices an operator has claimed, and what every phone was seen doing. */
package dev.ucprov.core.inventory;
