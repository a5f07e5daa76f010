package dev.ucprov.sip.digest;

import java.util.Map;
import java.util.Optional;

/**
 * One challenge of a {@code WWW-Authenticate} or {@code Proxy-Authenticate} header (RFC 7235 §2.1):
 * its scheme and its parameters, names lowercased, quoted values unescaped.
 */
public record AuthChallenge(String scheme, Map<String, String> params) {

  public AuthChallenge {
    params = Map.copyOf(params);
  }

  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name));
  }
}
