package dev.ucprov.app.load;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.sim.load.LoadClients.Protocol;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The boot server a load test's phones are given, and the protocol they speak to it: the URL's
 * scheme, or {@code --protocol} for a URL without one (as a phone adds its configured server type
 * to a DHCP answer without a scheme). Both given must agree.
 */
record LoadTarget(URI url, Protocol protocol) {

  static LoadTarget of(String server, Optional<Protocol> protocol) {
    String text = server.strip();
    if (!text.contains("://")) {
      text = protocol.orElse(Protocol.HTTP).scheme() + "://" + text;
    }
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      throw new InputException("--server: not a URL: '" + server + "' (" + e.getReason() + ")");
    }
    if (url.getHost() == null) {
      throw new InputException("--server: no host in '" + server + "'");
    }
    Protocol scheme =
        Protocol.ofScheme(url.getScheme())
            .orElseThrow(() ->
                new InputException(
                    "--server: a load test speaks http, https or tftp, not "
                        + url.getScheme()
                        + "://"));
    if (protocol.isPresent() && protocol.get() != scheme) {
      throw new InputException(
          "--server "
              + server
              + " is "
              + scheme.scheme()
              + " but --protocol says "
              + protocol.get().scheme());
    }
    return new LoadTarget(url, scheme);
  }
}
