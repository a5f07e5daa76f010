package dev.ucprov.core.provisioning;

import java.util.Locale;

/** The Content-Type of a served file, from its extension. */
final class ContentTypes {

  static final String XML = "application/xml";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String BINARY = "application/octet-stream";

  private ContentTypes() {}

  static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    return switch (extension) {
      case "cfg", "xml" -> XML;
      case "log", "txt" -> TEXT;
      default -> BINARY;
    };
  }
}
