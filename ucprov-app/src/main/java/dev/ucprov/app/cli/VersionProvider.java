package dev.ucprov.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code ucprov --version}: the project version Maven wrote into version.properties. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/ucprov/app/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
    return new String[] {
      "ucprov " + properties.getProperty("version", "(unknown version)"),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
    };
  }
}
