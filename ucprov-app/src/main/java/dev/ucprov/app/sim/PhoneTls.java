package dev.ucprov.app.sim;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.sim.tls.ClientTls;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Option;

/** The options of a simulated phone's TLS: its client certificate and the CAs it trusts. */
final class PhoneTls {

  static final String PASSWORD_VARIABLE = "UCPROV_SIM_KEYSTORE_PASSWORD";

  @Option(
      names = "--cert",
      paramLabel = "FILE",
      description = "The phone's client certificate, then any intermediates (PEM); with --key.")
  private Optional<Path> cert = Optional.empty();

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "Its private key: unencrypted PKCS#8 PEM (BEGIN PRIVATE KEY).")
  private Optional<Path> key = Optional.empty();

  @Option(
      names = "--keystore",
      paramLabel = "FILE",
      description = "Instead of --cert and --key, a PKCS#12 file with the phone's key and chain.")
  private Optional<Path> keystore = Optional.empty();

  @Option(
      names = "--keystore-password",
      paramLabel = "PASSWORD",
      description = "Its password; default: the environment variable " + PASSWORD_VARIABLE + ".")
  private Optional<String> keystorePassword = Optional.empty();

  @Option(
      names = "--trust",
      paramLabel = "FILE",
      description =
          "The CA certificates (PEM) the server's certificate must chain to; default: the JDK's.")
  private Optional<Path> trust = Optional.empty();

  /** The context for https, or empty when no TLS option is given (the JDK's defaults). */
  Optional<SSLContext> context(Map<String, String> environment) {
    if (cert.isPresent() != key.isPresent()) {
      throw new InputException("--cert and --key go together");
    }
    if (keystore.isPresent() && cert.isPresent()) {
      throw new InputException("--keystore or --cert with --key, not both");
    }
    ClientTls.Identity identity;
    if (keystore.isPresent()) {
      String password =
          keystorePassword
              .or(() -> Optional.ofNullable(environment.get(PASSWORD_VARIABLE)))
              .orElse("");
      identity = new ClientTls.Identity.Pkcs12(keystore.get(), password.toCharArray());
    } else if (cert.isPresent()) {
      identity = new ClientTls.Identity.Pem(cert.get(), key.get());
    } else if (trust.isPresent()) {
      identity = new ClientTls.Identity.None();
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(ClientTls.context(identity, trust));
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
