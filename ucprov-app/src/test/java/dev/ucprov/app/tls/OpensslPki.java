package dev.ucprov.app.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A CA, a server certificate and a phone's client certificate made with the openssl command line,
 * the way an operator would, in one directory: {@code ca.pem}, {@code server.pem}, {@code
 * server-key.pem}, {@code server.p12} (password {@link #P12_PASSWORD}), {@code phone.pem}, {@code
 * phone-key.pem} (a phone of MAC {@code 0004f2aabbcc}).
 */
public final class OpensslPki {

  public static final String P12_PASSWORD = "p12-secret";

  private final Path dir;

  private OpensslPki(Path dir) {
    this.dir = dir;
  }

  public static OpensslPki create(Path dir) {
    OpensslPki pki = new OpensslPki(dir);
    pki.openssl(
        "req",
        "-x509",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        pki.name("ca-key.pem"),
        "-out",
        pki.name("ca.pem"),
        "-subj",
        "/CN=ucprov test CA",
        "-days",
        "2",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign");
    pki.issue(
        "server",
        "/CN=localhost",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "extendedKeyUsage=serverAuth");
    pki.issue(
        "phone",
        "/O=Polycom/CN=0004f2aabbcc",
        "subjectAltName=DNS:vvx.example.net",
        "extendedKeyUsage=clientAuth");
    pki.openssl(
        "pkcs12",
        "-export",
        "-inkey",
        pki.name("server-key.pem"),
        "-in",
        pki.name("server.pem"),
        "-passout",
        "pass:" + P12_PASSWORD,
        "-out",
        pki.name("server.p12"));
    return pki;
  }

  private void issue(String name, String subject, String altNames, String usage) {
    openssl(
        "req",
        "-x509",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        name(name + "-key.pem"),
        "-out",
        name(name + ".pem"),
        "-subj",
        subject,
        "-days",
        "1",
        "-CA",
        name("ca.pem"),
        "-CAkey",
        name("ca-key.pem"),
        "-addext",
        "basicConstraints=critical,CA:FALSE",
        "-addext",
        altNames,
        "-addext",
        usage);
  }

  /** A file of this PKI. */
  public Path file(String name) {
    return dir.resolve(name);
  }

  private String name(String file) {
    return dir.resolve(file).toString();
  }

  /** Runs {@code openssl ARGS}, failing with its stderr when it fails. */
  public void openssl(String... arguments) {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    try {
      Path err = Files.createTempFile("openssl", ".err");
      Process process =
          new ProcessBuilder(command)
              .redirectError(err.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("openssl timed out: " + command);
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      Files.delete(err);
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + stderr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
