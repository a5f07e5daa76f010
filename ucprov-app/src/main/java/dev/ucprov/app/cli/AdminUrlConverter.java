package dev.ucprov.app.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a server URL ({@code --admin}, {@code --http}): http(s) with a host, no trailing slash. */
public final class AdminUrlConverter implements ITypeConverter<URI> {
  @Override
  public URI convert(String value) {
    String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    try {
      URI uri = new URI(trimmed);
      boolean web =
          "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      if (!web || uri.getHost() == null) {
        throw new TypeConversionException(
            "not an http:// URL with a host: \""
                + value
                + "\" (for example http://127.0.0.1:8081)");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new TypeConversionException("not a URL: \"" + value + "\": " + e.getReason());
    }
  }
}
