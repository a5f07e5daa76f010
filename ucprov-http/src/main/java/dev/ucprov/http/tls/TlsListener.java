package dev.ucprov.http.tls;

import dev.ucprov.http.ListenAddress;

/**
 * The phones' HTTPS listener: where it binds and the TLS it speaks. It serves the same phone
 * handler as the HTTP listener.
 */
public record TlsListener(ListenAddress address, TlsContext tls) {}
