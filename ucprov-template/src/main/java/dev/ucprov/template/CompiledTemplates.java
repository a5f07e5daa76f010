package dev.ucprov.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled templates by the SHA-256 of their source, least recently used first out. A source is
 * compiled outside the lock, so two threads may compile the same new source once each; the result
 * is the same. Thread-safe.
 */
final class CompiledTemplates {

  private final PebbleEngine engine;
  private final int max;
  private final Map<String, PebbleTemplate> templates;

  CompiledTemplates(PebbleEngine engine, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("keep at least one compiled template: " + max);
    }
    this.engine = engine;
    this.max = max;
    this.templates = new LinkedHashMap<>(64, 0.75f, true);
  }

  /**
   * The compiled source.
   *
   * @throws io.pebbletemplates.pebble.error.PebbleException when it does not compile
   */
  PebbleTemplate get(String source) {
    String key = sha256(source);
    synchronized (this) {
      PebbleTemplate cached = templates.get(key);
      if (cached != null) {
        return cached;
      }
    }
    PebbleTemplate template = engine.getLiteralTemplate(source);
    synchronized (this) {
      templates.put(key, template);
      var oldest = templates.keySet().iterator();
      while (templates.size() > max) {
        oldest.next();
        oldest.remove();
      }
    }
    return template;
  }

  synchronized int size() {
    return templates.size();
  }

  private static String sha256(String source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
