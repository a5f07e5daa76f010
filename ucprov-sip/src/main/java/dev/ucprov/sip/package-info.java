/**
 * Check-sync senders behind the core's {@link dev.ucprov.core.checksync.Notifier}: the SIP NOTIFY
 * user agent client, and the choice between it and the Push API client per target.
 */
package dev.ucprov.sip;
