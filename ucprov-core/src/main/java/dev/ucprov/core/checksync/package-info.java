/**
 * Making phones re-read their configuration now: the outcome of one check-sync, the port a SIP or
 * Push adapter implements, and the rate-limited jobs that send them in bulk.
 */
package dev.ucprov.core.checksync;
