/**
 * Enumeration and abuse: suspicious requests counted per source address, the sources past a
 * threshold slowed or refused for a while, and one fail2ban-friendly log line per counted event.
 */
package dev.ucprov.core.abuse;
