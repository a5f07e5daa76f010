package dev.ucprov.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * JSON as ucprov prints it: two-space indent, one array element per line, {@code "key": value},
 * keys in the order they were put. Stable, so scripts and diffs can rely on it.
 */
public final class JsonOutput {

  private final ObjectWriter writer;

  public JsonOutput() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(separators)
            .withArrayIndenter(indenter)
            .withObjectIndenter(indenter);
    this.writer = new ObjectMapper().writer(printer);
  }

  /** A fresh object to fill. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The document, pretty-printed, without a final line break. */
  public String render(JsonNode document) {
    try {
      return writer.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; reaching here is a bug.
      throw new UncheckedIOException(e);
    }
  }
}
