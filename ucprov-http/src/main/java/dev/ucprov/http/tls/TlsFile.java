package dev.ucprov.http.tls;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file the TLS setup reads, with the option that named it, so every message says which setting to
 * fix: {@code --tls-key /etc/ucprov/key.pem: ...}.
 *
 * @param option the command-line option ({@code --tls-cert}); the YAML key is the same without
 *     dashes
 */
public record TlsFile(String option, Path path) {

  /** The file's bytes; a missing or unreadable file is one clear line. */
  byte[] read() {
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw problem("no such file");
    } catch (AccessDeniedException e) {
      throw problem("cannot read it (permission denied)");
    } catch (IOException e) {
      throw problem("cannot read it: " + e.getMessage());
    }
  }

  /** A refusal naming this file. */
  TlsFileException problem(String what) {
    return new TlsFileException(this + ": " + what);
  }

  TlsFileException problem(String what, Throwable cause) {
    return new TlsFileException(this + ": " + what, cause);
  }

  @Override
  public String toString() {
    return option + " " + path;
  }
}
