/**
 * Phone credentials on the wire: HTTP Basic (RFC 7617) and Digest (RFC 7616, with the RFC 2069 form
 * older phones send) turned into the core's password proof, and the challenges of a 401.
 */
package dev.ucprov.http.auth;
