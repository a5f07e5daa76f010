package dev.ucprov.core.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random well-formed configuration document and what a correct reader must find in it: the
 * parameters with their positions and the problems, computed while writing the text.
 */
final class RandomConfigDocument {

  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};
  private static final String[] NAMES = {
    "reg.1.address",
    "reg.1.label",
    "voIpProt.server.1.address",
    "a",
    "_x-y.1",
    "up.b",
    "APP_FILE_PATH"
  };
  private static final String[] INVALID_NAMES = {"a..b", "x.", "nämé", "_.", "v.é"};
  private static final String[] SKIPPED_NAMES = {
    "xmlns", "xmlns:xsi", "xsi:noNamespaceSchemaLocation", "p:q", "xml:lang"
  };

  /** Raw text and the value it decodes to inside an attribute. */
  private static final String[][] VALUE_PIECES = {
    {"abc", "abc"},
    {" ", " "},
    {"é東京", "é東京"},
    {"\uD83D\uDCDE", "\uD83D\uDCDE"},
    {">", ">"},
    {"&amp;", "&"},
    {"&lt;", "<"},
    {"&gt;", ">"},
    {"&quot;", "\""},
    {"&apos;", "'"},
    {"&#10;", "\n"},
    {"&#x9;", "\t"},
    {"&#13;", "\r"},
    {"&#x1F4DE;", "\uD83D\uDCDE"},
    {"\n", " "},
    {"\t", " "},
    {"\r\n", " "},
    {"\r", " "},
    {"]]>", "]]>"},
    {"--", "--"}
  };

  final StringBuilder text = new StringBuilder();
  final List<ConfigParameter> parameters = new ArrayList<>();
  final List<ConfigProblem.Kind> problemKinds = new ArrayList<>();
  private final Map<String, Boolean> seenNames = new HashMap<>();
  private final Random random;
  private String root;

  private RandomConfigDocument(Random random) {
    this.random = random;
  }

  static RandomConfigDocument generate(Random random) {
    RandomConfigDocument doc = new RandomConfigDocument(random);
    if (random.nextBoolean()) {
      doc.text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(doc.lineEnd());
    }
    doc.misc();
    doc.element(0);
    doc.misc();
    return doc;
  }

  String root() {
    return root;
  }

  private void element(int depth) {
    String name = pick(new String[] {"polycomConfig", "sip", "PHONE", "p:x", "reg", "a.b-c_1"});
    root = root == null ? name : root;
    text.append('<').append(name);
    Set<String> inTag = new HashSet<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      attribute(inTag);
    }
    text.append(space(false));
    if (depth > 3 || random.nextInt(3) == 0) {
      text.append("/>");
      return;
    }
    text.append('>');
    for (int i = random.nextInt(5); i > 0; i--) {
      switch (random.nextInt(5)) {
        case 0 -> element(depth + 1);
        case 1 -> text.append("text &amp; &lt;&gt; > \uD83D\uDCDE").append(lineEnd());
        case 2 -> text.append("<![CDATA[<c a.b=\"1\"> & ]]>");
        default -> misc();
      }
    }
    text.append("</").append(name).append(space(false)).append('>');
  }

  private void attribute(Set<String> inTag) {
    String name = attributeName();
    if (!inTag.add(name)) {
      return;
    }
    text.append(space(true));
    int offset = text.length();
    char quote = random.nextBoolean() ? '"' : '\'';
    text.append(name).append(space(false)).append('=').append(space(false)).append(quote);
    StringBuilder value = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      String[] piece = VALUE_PIECES[random.nextInt(VALUE_PIECES.length)];
      if (piece[0].startsWith("\n") && text.charAt(text.length() - 1) == '\r') {
        continue; // the two would read as one line end, one space
      }
      text.append(piece[0]);
      value.append(piece[1]);
    }
    text.append(quote == '"' ? "'" : "\"").append(quote);
    value.append(quote == '"' ? "'" : "\"");
    expect(name, value.toString(), offset);
  }

  private void expect(String name, String value, int offset) {
    if (name.contains(":") || name.equals("xmlns")) {
      return;
    }
    if (!ConfigReader.isValidParameterName(name)) {
      problemKinds.add(ConfigProblem.Kind.INVALID_PARAMETER_NAME);
      return;
    }
    if (seenNames.put(name, true) != null) {
      problemKinds.add(ConfigProblem.Kind.DUPLICATE_PARAMETER);
    }
    parameters.add(new ConfigParameter(name, value, lineAt(offset), columnAt(offset)));
  }

  private String attributeName() {
    int kind = random.nextInt(10);
    return kind < 7 ? pick(NAMES) : kind < 8 ? pick(INVALID_NAMES) : pick(SKIPPED_NAMES);
  }

  private void misc() {
    switch (random.nextInt(4)) {
      case 0 -> text.append("<!-- <c a.b=\"x\"> ").append(lineEnd()).append(" -->");
      case 1 -> text.append("<?pi <c a.b='1'?>");
      default -> text.append(space(false));
    }
  }

  private String space(boolean required) {
    String[] spaces = {" ", "\t", lineEnd(), "  " + lineEnd() + "\t"};
    return required || random.nextBoolean() ? pick(spaces) : "";
  }

  private String lineEnd() {
    return pick(LINE_ENDS);
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Line and column computed independently of {@link TextPositions}: the test's oracle. */
  private int lineAt(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  private int columnAt(int offset) {
    int start = offset;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    return offset - start + 1;
  }
}
