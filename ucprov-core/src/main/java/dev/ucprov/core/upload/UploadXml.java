package dev.ucprov.core.upload;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.config.ConfigSyntaxException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An uploaded XML document read for its elements. Well-formedness is the core's {@link
 * ConfigReader}'s to judge (DTDs and entities refused, strict UTF-8, errors with line and column),
 * so an upload and a provisioning file are refused for the same reasons in the same words; this
 * class then reads the element tree, bounded in depth and element count. Thread-safe.
 */
final class UploadXml {

  /** Far deeper than any file a phone writes (a directory is four levels). */
  static final int MAX_DEPTH = 32;

  /** About 15 elements per contact for the 9,999 speed dials a directory can name. */
  static final int MAX_ELEMENTS = 150_000;

  /**
   * One element: its name, where its start tag's {@code <} is, the character data directly inside
   * it, and its child elements in document order.
   */
  record Element(String name, int line, int column, String text, List<Element> children) {
    Element {
      children = List.copyOf(children);
    }

    String position() {
      return Verdict.at(line, column);
    }
  }

  /** The document's root element, or why the upload is refused. */
  sealed interface Read {
    record Tree(Element root) implements Read {}

    record Refused(Verdict.Refused refusal) implements Read {}
  }

  private static final XMLInputFactory FACTORY = hardenedFactory();

  private UploadXml() {}

  static Read read(UploadName name, byte[] content) {
    try {
      new ConfigReader(Math.max(1, content.length)).read(name.name(), content);
    } catch (ConfigSyntaxException e) {
      String where = e.line() > 0 ? Verdict.at(e.line(), e.column()) : "";
      return new Read.Refused(new Verdict.Refused(400, where + e.reason()));
    }
    String text = decoded(content);
    try {
      return new Builder(text).build();
    } catch (XMLStreamException e) {
      // ConfigReader accepted the same text, so the parsers disagree: refuse rather than guess.
      return new Read.Refused(new Verdict.Refused(400, "malformed XML: " + e.getMessage()));
    }
  }

  private static String decoded(byte[] content) {
    boolean bom =
        content.length >= 3
            && (content[0] & 0xff) == 0xef
            && (content[1] & 0xff) == 0xbb
            && (content[2] & 0xff) == 0xbf;
    int start = bom ? 3 : 0;
    return new String(content, start, content.length - start, StandardCharsets.UTF_8);
  }

  /** Builds the tree from the parser's events. Not thread-safe: one per read. */
  private static final class Builder {
    private final String text;
    private final LineIndex lines;
    private final Deque<Open> open = new ArrayDeque<>();
    private int elements;

    /** An element whose end tag is still to come. */
    private record Open(
        String name, int line, int column, StringBuilder text, List<Element> kids) {}

    Builder(String text) {
      this.text = text;
      this.lines = new LineIndex(text);
    }

    Read build() throws XMLStreamException {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(new StringReader(text));
      try {
        Element root = null;
        while (xml.hasNext()) {
          switch (xml.next()) {
            case XMLStreamConstants.START_ELEMENT -> {
              Optional<Verdict.Refused> refused = start(xml);
              if (refused.isPresent()) {
                return new Read.Refused(refused.get());
              }
            }
            case XMLStreamConstants.CHARACTERS,
                XMLStreamConstants.CDATA,
                XMLStreamConstants.SPACE -> {
              if (!open.isEmpty()) {
                open.peek().text().append(xml.getText());
              }
            }
            case XMLStreamConstants.END_ELEMENT -> root = end().orElse(root);
            default -> {
              // comments, processing instructions, the document's start and end
            }
          }
        }
        return new Read.Tree(root);
      } finally {
        xml.close();
      }
    }

    /** Opens an element; a refusal when the document is too deep or has too many elements. */
    private Optional<Verdict.Refused> start(XMLStreamReader xml) {
      Location at = xml.getLocation();
      int tag = lines.tagStart(at.getLineNumber(), at.getColumnNumber());
      int line = lines.line(tag);
      int column = lines.column(tag);
      if (++elements > MAX_ELEMENTS) {
        return Optional.of(
            new Verdict.Refused(
                400, Verdict.at(line, column) + "more than " + MAX_ELEMENTS + " elements"));
      }
      if (open.size() >= MAX_DEPTH) {
        return Optional.of(
            new Verdict.Refused(
                400,
                Verdict.at(line, column) + "elements nested more than " + MAX_DEPTH + " deep"));
      }
      open.push(new Open(xml.getLocalName(), line, column, new StringBuilder(), new ArrayList<>()));
      return Optional.empty();
    }

    /** Closes the innermost element; gives the root once the last one closes. */
    private Optional<Element> end() {
      Open done = open.pop();
      Element element =
          new Element(done.name(), done.line(), done.column(), done.text().toString(), done.kids());
      if (open.isEmpty()) {
        return Optional.of(element);
      }
      open.peek().kids().add(element);
      return Optional.empty();
    }
  }

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // As in ConfigReader: with DTDs refused only the predefined entities remain, and the JDK's
    // default limits would count every &amp; of a large directory against them.
    f.setProperty("jdk.xml.maxGeneralEntitySizeLimit", 0);
    f.setProperty("jdk.xml.totalEntitySizeLimit", 0);
    return f;
  }
}
