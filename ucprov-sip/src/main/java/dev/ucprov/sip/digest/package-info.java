/**
 * HTTP Digest authentication as a client, shared by SIP and the Push API: challenge parsing (RFC
 * 7235), the response computation (RFC 7616, RFC 2617 without qop) and the header it goes in.
 */
package dev.ucprov.sip.digest;
