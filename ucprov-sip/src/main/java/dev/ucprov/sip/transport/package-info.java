/**
 * Where SIP bytes travel: one shared UDP socket for every transaction, or a TCP or TLS connection
 * per check-sync; each hands a transaction's responses to its {@link
 * dev.ucprov.sip.transaction.Inbox}.
 */
package dev.ucprov.sip.transport;
