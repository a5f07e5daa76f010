package dev.ucprov.sim.load;

import dev.ucprov.sim.transport.Credentials;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;

/** Where a URL's request goes, and the credentials it carries. */
record HttpTarget(
    InetSocketAddress address,
    boolean secure,
    String host,
    String requestTarget,
    Optional<Credentials> credentials) {

  static HttpTarget of(URI uri) {
    boolean secure = "https".equalsIgnoreCase(uri.getScheme());
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("no host in " + uri);
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : secure ? 443 : 80;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new HttpTarget(
        InetSocketAddress.createUnresolved(uri.getHost(), port),
        secure,
        uri.getPort() >= 0 ? uri.getHost() + ":" + port : uri.getHost(),
        path + query,
        Optional.ofNullable(uri.getRawUserInfo()).map(Credentials::fromUserInfo));
  }

  String poolKey() {
    return (secure ? "https://" : "http://") + host;
  }

  String realmKey() {
    return poolKey() + "|" + credentials.map(Credentials::user).orElse("");
  }
}
