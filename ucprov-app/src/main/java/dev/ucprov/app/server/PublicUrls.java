package dev.ucprov.app.server;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.provisioning.ServerUrls;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The URL templates see as {@code server.httpUrl}: {@code public-url} when configured; else the
 * phone listener's own address, with this machine's host name when it listens on every address,
 * since phones cannot use {@code 0.0.0.0}. With port 0 the port is not known before binding, so the
 * URL is left empty (templates render {@code ""}); tests that need it set {@code public-url}.
 */
final class PublicUrls {

  private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

  private PublicUrls() {}

  static ServerUrls of(ServerConfig config) {
    if (config.publicUrl().isPresent()) {
      return new ServerUrls(config.publicUrl().get(), "");
    }
    HostPort http = config.http();
    if (http.port() == 0) {
      return new ServerUrls("", "");
    }
    String host = WILDCARDS.contains(http.host()) ? localHostName() : http.host();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return new ServerUrls("http://" + shown + ":" + http.port(), "");
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
