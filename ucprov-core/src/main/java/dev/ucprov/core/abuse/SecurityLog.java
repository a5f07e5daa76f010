package dev.ucprov.core.abuse;

/**
 * Where counted events go, one line each; the HTTP module writes them to the SLF4J logger {@code
 * ucprov.security}. Called on request threads: implementations must be thread-safe and must not
 * block for long.
 */
@FunctionalInterface
public interface SecurityLog {

  void write(String line);
}
