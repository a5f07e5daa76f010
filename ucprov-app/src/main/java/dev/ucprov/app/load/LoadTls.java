package dev.ucprov.app.load;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.sim.load.LoadClients;
import dev.ucprov.sim.tls.ClientTls;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Option;

/**
 * {@code --trust}, {@code --cert}, {@code --key}: what HTTPS phones trust and present, named as
 * {@code ucprov sim boot} names them. Every phone presents the same certificate.
 */
final class LoadTls {

  @Option(
      names = "--trust",
      paramLabel = "FILE",
      description =
          "HTTPS: the CA certificates (PEM) the server's certificate must chain to; default: the"
              + " JDK's.")
  private Path trust;

  @Option(
      names = "--cert",
      paramLabel = "FILE",
      description = "HTTPS: a client certificate (PEM chain) every phone presents; needs --key.")
  private Path certificate;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "HTTPS: the client certificate's key (PEM, unencrypted PKCS#8).")
  private Path key;

  /** The TLS context for an HTTPS target; empty for the JDK's defaults or another protocol. */
  Optional<SSLContext> context(LoadTarget target) {
    boolean any = trust != null || certificate != null || key != null;
    if (!any) {
      return Optional.empty();
    }
    if (target.protocol() != LoadClients.Protocol.HTTPS) {
      throw new InputException(
          "--trust, --cert and --key are for https; --server is " + target.protocol().scheme());
    }
    if ((certificate == null) != (key == null)) {
      throw new InputException("--cert and --key go together: give both or neither");
    }
    ClientTls.Identity identity =
        certificate == null
            ? new ClientTls.Identity.None()
            : new ClientTls.Identity.Pem(certificate, key);
    try {
      return Optional.of(ClientTls.context(identity, Optional.ofNullable(trust)));
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
