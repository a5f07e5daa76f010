/**
 * HTTPS for the phone listener: certificates and keys read from PEM or PKCS#12 files, the TLS
 * context (TLS 1.2 and 1.3, client certificates checked against the configured CAs), and the MACs a
 * verified client certificate names.
 */
package dev.ucprov.http.tls;
