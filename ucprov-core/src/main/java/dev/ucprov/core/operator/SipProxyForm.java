package dev.ucprov.core.operator;

/** A tenant's {@code "sip"} defaults as an operator sends them; {@code null} where absent. */
public record SipProxyForm(String proxy, String transport, String domain) {}
