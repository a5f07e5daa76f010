/**
 * The Polycom Push API client: {@code POST /push} with the UpdateConfig message and digest
 * authentication, over HTTP or HTTPS, as a check-sync sender.
 */
package dev.ucprov.sip.push;
