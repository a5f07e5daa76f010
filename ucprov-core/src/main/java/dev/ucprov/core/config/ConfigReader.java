package dev.ucprov.core.config;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
 * without a byte order mark. Namespaced attributes ({@code xmlns:xsi}, {@code
 * xsi:noNamespaceSchemaLocation}, which Polycom's templates carry) are not parameters. Thread-safe.
 */
public final class ConfigReader {

  /** 8 MiB: ten times the largest template file Polycom ships. */
  public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

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

  /** Whether {@code name} is a valid parameter name: dotted parts of letters, digits, _ and -. */
  public static boolean isValidParameterName(String name) {
    return name != null && VALID_NAME.matcher(name).matches();
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
    String text = decodeUtf8(path, content);
    TextPositions positions = new TextPositions(text);
    try {
      return parse(path, text, positions);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
      throw new ConfigSyntaxException(path, line, column, "malformed XML: " + cleanMessage(e));
    }
  }

  private ConfigFile parse(String path, String text, TextPositions positions)
      throws XMLStreamException, ConfigSyntaxException {
    XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
    List<ConfigParameter> parameters = new ArrayList<>();
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, ConfigParameter> seen = new HashMap<>();
    String root = null;
    int tagSearchFrom = 0;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        int offset = Math.max(xml.getLocation().getCharacterOffset(), 0);
        if (event == XMLStreamConstants.DTD) {
          Location at = xml.getLocation();
          throw new ConfigSyntaxException(
              path,
              at.getLineNumber(),
              at.getColumnNumber(),
              "a DOCTYPE is not allowed in a configuration file");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (root == null) {
            root = xml.getLocalName();
          }
          int tagStart = text.lastIndexOf('<', Math.max(offset - 1, 0));
          int from = Math.max(tagStart, tagSearchFrom);
          collect(path, xml, text, from, offset, positions, parameters, problems, seen);
        }
        tagSearchFrom = offset;
      }
    } finally {
      xml.close();
    }
    return new ConfigFile(path, root, parameters, problems);
  }

  private static void collect(
      String path,
      XMLStreamReader xml,
      String text,
      int tagFrom,
      int tagTo,
      TextPositions positions,
      List<ConfigParameter> parameters,
      List<ConfigProblem> problems,
      Map<String, ConfigParameter> seen) {
    String tag = text.substring(Math.min(tagFrom, tagTo), tagTo);
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String prefix = xml.getAttributePrefix(i);
      if (prefix != null && !prefix.isEmpty()) {
        continue;
      }
      String name = xml.getAttributeLocalName(i);
      int at = tagFrom + attributeOffset(tag, name);
      int line = positions.line(at);
      int column = positions.column(at);
      if (!isValidParameterName(name)) {
        problems.add(
            new ConfigProblem(
                ConfigProblem.Kind.INVALID_PARAMETER_NAME,
                path,
                line,
                column,
                "'" + name + "' is not a valid parameter name; the phone ignores it"));
        continue;
      }
      ConfigParameter parameter = new ConfigParameter(name, xml.getAttributeValue(i), line, column);
      ConfigParameter earlier = seen.putIfAbsent(name, parameter);
      if (earlier != null) {
        problems.add(
            new ConfigProblem(
                ConfigProblem.Kind.DUPLICATE_PARAMETER,
                path,
                line,
                column,
                "'"
                    + name
                    + "' is set again (first at line "
                    + earlier.line()
                    + " to \""
                    + earlier.value()
                    + "\"); the first value is kept"));
      }
      parameters.add(parameter);
    }
  }

  /** Where {@code name=} starts inside a start tag's text, or the tag's start when not found. */
  private static int attributeOffset(String tag, String name) {
    Matcher m = Pattern.compile("(?<=[\\s\"'])" + Pattern.quote(name) + "\\s*=").matcher(tag);
    return m.find() ? m.start() : 0;
  }

  private static String decodeUtf8(String path, byte[] content) throws ConfigSyntaxException {
    int start = 0;
    if (content.length >= 3
        && (content[0] & 0xff) == 0xef
        && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf) {
      start = 3;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, content.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(content, start);
      String prefix = new String(content, start, bad - start, StandardCharsets.UTF_8);
      TextPositions positions = new TextPositions(prefix);
      int offset = prefix.length();
      throw new ConfigSyntaxException(
          path,
          positions.line(offset),
          positions.column(offset),
          "not UTF-8 (invalid byte at offset " + bad + ")");
    }
  }

  private static int firstInvalidUtf8(byte[] content, int start) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    var out = java.nio.CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static String cleanMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the position is ours to print.
    int cut = message.indexOf("Message: ");
    return (cut >= 0 ? message.substring(cut + 9) : message).strip();
  }

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }
}
