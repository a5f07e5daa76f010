package dev.ucprov.sim.phone;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.config.ConfigSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The override file a phone writes (polycom-facts.md §4): {@code <PHONE_CONFIG><OVERRIDES name=
 * "value" .../></PHONE_CONFIG>}; with no setting it is the cleared file Reset Local Config leaves.
 */
final class OverrideFile {

  private OverrideFile() {}

  /** The settings of an override file in document order; empty for an unreadable one. */
  static Map<String, String> read(ConfigReader reader, byte[] content) {
    Map<String, String> settings = new LinkedHashMap<>();
    try {
      for (ConfigParameter p : reader.read("override", content).parameters()) {
        settings.putIfAbsent(p.name(), p.value());
      }
    } catch (ConfigSyntaxException e) {
      // a phone that cannot read its own file starts again from nothing
    }
    return settings;
  }

  static byte[] write(Map<String, String> settings) {
    StringBuilder out =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PHONE_CONFIG>\n");
    if (settings.isEmpty()) {
      out.append("  <OVERRIDES/>\n");
    } else {
      out.append("  <OVERRIDES");
      settings.forEach((name, value) ->
          out.append("\n    ").append(name).append("=\"").append(Xml.escape(value)).append('"'));
      out.append("/>\n");
    }
    return out.append("</PHONE_CONFIG>\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}
