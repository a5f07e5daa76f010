/**
 * The SIP messages of a check-sync (RFC 3261 §7): the NOTIFY we write, the responses we read, and
 * the framing of messages on a stream transport.
 */
package dev.ucprov.sip.message;
