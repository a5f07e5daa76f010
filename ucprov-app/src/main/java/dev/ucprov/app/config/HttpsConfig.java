package dev.ucprov.app.config;

import dev.ucprov.http.tls.ClientAuth;
import dev.ucprov.http.tls.TlsFile;
import dev.ucprov.http.tls.TlsSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The phones' HTTPS listener as the command line and the YAML file give it: each setting on its
 * own, merged key by key like the others, then checked as a whole by {@link #listener}.
 *
 * @param address {@code --https}: where it listens; without it there is no HTTPS listener
 * @param certificate {@code --tls-cert}: the server certificate and its intermediates, PEM
 * @param key {@code --tls-key}: its private key, PEM
 * @param keystore {@code --tls-keystore}: a PKCS#12 file instead of the two above
 * @param keystorePassword {@code --tls-keystore-password}, else {@value #PASSWORD_VARIABLE}
 * @param clientCa {@code --client-ca}: the CA certificates that sign the phones' certificates
 * @param clientAuth {@code --client-auth}; {@code want} when a CA file is given, else {@code none}
 */
public record HttpsConfig(
    Optional<HostPort> address,
    Optional<Path> certificate,
    Optional<Path> key,
    Optional<Path> keystore,
    Optional<String> keystorePassword,
    Optional<Path> clientCa,
    Optional<ClientAuth> clientAuth) {

  /** The environment variable holding the keystore password when no option or key gives it. */
  public static final String PASSWORD_VARIABLE = "UCPROV_TLS_KEYSTORE_PASSWORD";

  /** The YAML keys, in the order the example file documents them. */
  public static final List<String> KEYS =
      List.of(
          "https",
          "tls-cert",
          "tls-key",
          "tls-keystore",
          "tls-keystore-password",
          "client-ca",
          "client-auth");

  /** The listener to start: where, and the TLS settings checked for consistency. */
  public record Listener(HostPort address, TlsSettings tls) {}

  public static HttpsConfig none() {
    return new HttpsConfig(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** {@code base} with every setting this source gives replaced. */
  public HttpsConfig over(HttpsConfig base) {
    return new HttpsConfig(
        address.or(base::address),
        certificate.or(base::certificate),
        key.or(base::key),
        keystore.or(base::keystore),
        keystorePassword.or(base::keystorePassword),
        clientCa.or(base::clientCa),
        clientAuth.or(base::clientAuth));
  }

  /**
   * This config with one YAML key set.
   *
   * @param file turns a file name into a path (relative to the YAML file's directory)
   * @throws IllegalArgumentException when the value is not one the key takes
   */
  HttpsConfig set(String yamlKey, String text, Function<String, Path> file) {
    if (!KEYS.contains(yamlKey)) {
      throw new IllegalStateException("not an HTTPS key: " + yamlKey);
    }
    HttpsConfig one =
        new HttpsConfig(
            value(yamlKey, "https", text, HostPort::parse),
            value(yamlKey, "tls-cert", text, file),
            value(yamlKey, "tls-key", text, file),
            value(yamlKey, "tls-keystore", text, file),
            value(yamlKey, "tls-keystore-password", text, Function.identity()),
            value(yamlKey, "client-ca", text, file),
            value(yamlKey, "client-auth", text, ClientAuth::parse));
    return one.over(this);
  }

  private static <T> Optional<T> value(
      String key, String wanted, String text, Function<String, T> read) {
    return key.equals(wanted) ? Optional.of(read.apply(text)) : Optional.empty();
  }

  /** The keystore password from {@code environment} when no option or key gave one. */
  public HttpsConfig orPassword(Optional<String> environment) {
    return keystorePassword.isPresent()
        ? this
        : new HttpsConfig(address, certificate, key, keystore, environment, clientCa, clientAuth);
  }

  /**
   * The listener these settings describe; empty without {@code --https}.
   *
   * @throws ConfigException naming the options that do not go together
   */
  public Optional<Listener> listener() {
    if (address.isEmpty()) {
      firstGiven()
          .ifPresent(option -> {
            throw new ConfigException(option + " needs --https HOST:PORT, the listener it is for");
          });
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Listener(
              address.get(),
              new TlsSettings(
                  identity(),
                  clientCa.map(path -> new TlsFile("--client-ca", path)),
                  clientAuth.orElse(clientCa.isPresent() ? ClientAuth.WANT : ClientAuth.NONE))));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private TlsSettings.Identity identity() {
    boolean pem = certificate.isPresent() || key.isPresent();
    if (pem && keystore.isPresent()) {
      throw new ConfigException("give --tls-cert and --tls-key, or --tls-keystore, not both");
    }
    if (keystore.isPresent()) {
      return new TlsSettings.Identity.Pkcs12(
          new TlsFile("--tls-keystore", keystore.get()), keystorePassword.orElse(""));
    }
    if (!pem) {
      throw new ConfigException(
          "--https needs a certificate and its key: --tls-cert FILE and --tls-key FILE (PEM), or"
              + " --tls-keystore FILE (PKCS#12)");
    }
    if (key.isEmpty()) {
      throw new ConfigException("--tls-cert needs --tls-key FILE, the certificate's private key");
    }
    if (certificate.isEmpty()) {
      throw new ConfigException("--tls-key needs --tls-cert FILE, the certificate it belongs to");
    }
    return new TlsSettings.Identity.Pem(
        new TlsFile("--tls-cert", certificate.get()), new TlsFile("--tls-key", key.get()));
  }

  /** The first TLS option given, for the message when {@code --https} is missing. */
  private Optional<String> firstGiven() {
    if (certificate.isPresent()) {
      return Optional.of("--tls-cert");
    }
    if (key.isPresent()) {
      return Optional.of("--tls-key");
    }
    if (keystore.isPresent()) {
      return Optional.of("--tls-keystore");
    }
    if (clientCa.isPresent()) {
      return Optional.of("--client-ca");
    }
    return clientAuth.map(mode -> "--client-auth");
  }

  @Override
  public String toString() {
    return "HttpsConfig[address="
        + address
        + ", certificate="
        + certificate
        + ", key="
        + key
        + ", keystore="
        + keystore
        + ", clientCa="
        + clientCa
        + ", clientAuth="
        + clientAuth
        + "]";
  }
}
