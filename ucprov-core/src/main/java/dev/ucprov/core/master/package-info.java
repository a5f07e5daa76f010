/**
 * The master configuration file ({@code <MAC>.cfg}, {@code 000000000000.cfg}) and its resolution
 * for one phone.
 */
package dev.ucprov.core.master;
