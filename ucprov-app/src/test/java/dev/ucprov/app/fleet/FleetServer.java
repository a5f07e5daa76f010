package dev.ucprov.app.fleet;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.HttpsConfig;
import dev.ucprov.app.config.TftpConfig;
import dev.ucprov.app.fleet.FleetPhones.Protocol;
import dev.ucprov.app.server.AdminToken;
import dev.ucprov.app.server.ProvisioningServer;
import dev.ucprov.app.server.RunningServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The server of the end-to-end test: the production wiring on loopback port 0, with HTTPS that
 * needs a client certificate signed by the test's CA, and TFTP.
 */
final class FleetServer {

  private FleetServer() {}

  static ProvisioningServer start(Path temp, FleetPki pki) throws IOException {
    FleetPki.ServerFiles tls = pki.serverFiles(Files.createDirectories(temp.resolve("tls")));
    HttpsConfig https =
        new HttpsConfig(
            Optional.of(new HostPort("127.0.0.1", 0)),
            Optional.of(tls.certificate()),
            Optional.of(tls.key()),
            Optional.empty(),
            Optional.empty(),
            Optional.of(tls.ca()),
            Optional.of(dev.ucprov.http.tls.ClientAuth.NEED));
    TftpConfig tftp =
        new TftpConfig(
            Optional.of(new HostPort("127.0.0.1", 0)), true, 500, Duration.ofSeconds(1), 5);
    return ProvisioningServer.start(
        RunningServer.config(temp.resolve("data")).withHttps(https).withTftp(tftp),
        new AdminToken(RunningServer.TOKEN, AdminToken.Origin.ENVIRONMENT),
        Clock.systemUTC());
  }

  /** Each protocol's root URL; HTTP(S) phones add their tenant's path, TFTP phones do not. */
  static Map<Protocol, URI> roots(ProvisioningServer server) {
    return Map.of(
        Protocol.HTTP, server.phoneUri().resolve("/"),
        Protocol.HTTPS, server.httpsUri().orElseThrow().resolve("/"),
        Protocol.TFTP, URI.create("tftp://127.0.0.1:" + server.tftpPort().orElseThrow() + "/"));
  }
}
