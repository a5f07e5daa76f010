/**
 * The RFC 3261 §17.1.2 non-INVITE client transaction: one request, its retransmissions (timer E),
 * its deadline (timer F) and the matching of responses to it, over any {@link
 * dev.ucprov.sip.transaction.Leg}.
 */
package dev.ucprov.sip.transaction;
