/**
 * Who may read or write what: the proof a client presented, the principal it establishes, and the
 * decision for one file; for protocols with sessions (FTP), which tenant a login belongs to and
 * which files it may list. Protocol adapters turn their wire forms (HTTP Basic and Digest, FTP
 * login, client certificates) into a {@link dev.ucprov.core.access.Proof}; this package decides.
 */
package dev.ucprov.core.access;
