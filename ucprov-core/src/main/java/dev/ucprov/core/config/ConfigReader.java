package dev.ucprov.core.config;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Polycom XML configuration files (polycom-facts.md §3): every attribute of every element is
 * a parameter, in document order; element names carry no meaning.
 *
 * <p>Hardened: a DTD is refused outright (so no external entities and no entity expansion beyond
 * the five predefined ones), and input over a size limit is refused before parsing. UTF-8 with or
 * without a byte order mark. Namespace declarations and prefixed attributes ({@code xmlns:xsi},
 * {@code xsi:noNamespaceSchemaLocation}, which Polycom's templates carry) are not parameters, and
 * an undeclared prefix is no error. An empty file is refused: it has no root element. Thread-safe.
 */
public final class ConfigReader {

  /** 8 MiB: ten times the largest template file Polycom ships. */
  public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

  /** Far above any real file, low enough that the parser stays fast (see hardenedFactory). */
  static final int MAX_ATTRIBUTES_PER_ELEMENT = 50_000;

  private static final Pattern VALID_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

  private final int maxBytes;
  private final XMLInputFactory factory;

  public ConfigReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public ConfigReader(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.factory = hardenedFactory();
  }

  /**
   * Whether {@code name} is a valid parameter name: dotted parts of letters, digits, _ and -. The
   * word {@code xmlns} is not one, since XML reads it as a namespace declaration.
   */
  public static boolean isValidParameterName(String name) {
    return name != null && !name.equals("xmlns") && VALID_NAME.matcher(name).matches();
  }

  /**
   * Reads one file.
   *
   * @param path the file's path in the tree, used in every message
   * @param content the raw bytes
   * @throws ConfigSyntaxException when the file cannot be read at all, with file, line and column
   */
  public ConfigFile read(String path, byte[] content) throws ConfigSyntaxException {
    if (content.length > maxBytes) {
      throw new ConfigSyntaxException(
          path, 0, 0, "file is " + content.length + " bytes, over the limit of " + maxBytes);
    }
    String text = Utf8Text.decode(path, content);
    TextPositions positions = new TextPositions(text);
    requireRootElement(path, text, positions);
    StartTagScanner tags = new StartTagScanner(text);
    try {
      return parse(path, text, positions, tags);
    } catch (XMLStreamException e) {
      throw XmlErrors.syntax(path, e, tags, positions);
    }
  }

  /**
   * Refuses a file without any element before parsing: the parser's own words for it ("Premature
   * end of file") say less, and change with the JVM's language.
   */
  private static void requireRootElement(String path, String text, TextPositions positions)
      throws ConfigSyntaxException {
    if (new StartTagScanner(text).next().offset() == text.length()) {
      throw new ConfigSyntaxException(
          path,
          positions.line(text.length()),
          positions.column(text.length()),
          "no root element: the file is empty or holds only comments");
    }
  }

  private ConfigFile parse(String path, String text, TextPositions positions, StartTagScanner tags)
      throws XMLStreamException, ConfigSyntaxException {
    XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
    ParameterCollector collector = new ParameterCollector(path, positions);
    String root = null;
    try {
      while (xml.hasNext()) {
        int event = next(xml);
        if (event == XMLStreamConstants.DTD) {
          Location at = xml.getLocation();
          throw new ConfigSyntaxException(
              path,
              at.getLineNumber(),
              at.getColumnNumber(),
              "a DOCTYPE is not allowed in a configuration file");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          root = root == null ? xml.getLocalName() : root;
          collect(xml, tags.next(), collector);
        }
      }
    } finally {
      xml.close();
    }
    return new ConfigFile(path, root, collector.parameters(), collector.problems());
  }

  /**
   * The attributes of the current element, in document order, except namespace declarations and
   * prefixed names ({@code xmlns}, {@code xmlns:xsi}, {@code xsi:noNamespaceSchemaLocation}).
   */
  private static void collect(
      XMLStreamReader xml, StartTagScanner.StartTag tag, ParameterCollector collector) {
    Map<String, Integer> offsets = new HashMap<>();
    for (StartTagScanner.Attribute attribute : tag.attributes()) {
      offsets.putIfAbsent(attribute.name(), attribute.offset());
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String prefix = xml.getAttributePrefix(i);
      String name = xml.getAttributeLocalName(i);
      boolean namespaced = (prefix != null && !prefix.isEmpty()) || name.indexOf(':') >= 0;
      if (!namespaced && !name.equals("xmlns")) {
        int offset = offsets.getOrDefault(name, tag.offset());
        collector.add(name, xml.getAttributeValue(i), offset);
      }
    }
  }

  /** The parser's next event; its rare unchecked failures on garbage become syntax errors too. */
  private static int next(XMLStreamReader xml) throws XMLStreamException {
    try {
      return xml.next();
    } catch (RuntimeException e) {
      throw new XMLStreamException("unreadable XML (" + e.getMessage() + ")", xml.getLocation(), e);
    }
  }

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // Not namespace-aware: an undeclared prefix (xsi:... without xmlns:xsi) says nothing about
    // parameters, and whether phones check it is unconfirmed, so the tolerant reading.
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // Recent JDKs allow only 200 attributes per element; Polycom files often put far more on one.
    // Still bounded: the parser's duplicate check grows faster than linearly past ~100,000.
    f.setProperty("jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES_PER_ELEMENT);
    // They also count every predefined entity reference (&amp;) against 100,000-unit entity limits,
    // so a large file with many escaped values is refused. With DTDs refused there are no other
    // entities to expand, and the size limit bounds the text.
    f.setProperty("jdk.xml.maxGeneralEntitySizeLimit", 0);
    f.setProperty("jdk.xml.totalEntitySizeLimit", 0);
    return f;
  }
}
