/** Who is asking: MAC addresses, phone models and part numbers, User-Agent identity. */
package dev.ucprov.core.device;
