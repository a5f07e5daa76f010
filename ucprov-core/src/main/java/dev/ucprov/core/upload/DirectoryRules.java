package dev.ucprov.core.upload;

import dev.ucprov.core.upload.UploadXml.Element;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code <MAC>-directory.xml} (polycom-facts.md §4): {@code
 * <directory><item_list><item>...</item></item_list></directory>}, the item's fields in any order.
 * Every item needs a {@code ct} (number or SIP URI) no other item has; {@code sd} is 1 to 9999,
 * {@code rt} 1 to 21, the flags {@code ad ar bw bb} 0 or 1; {@code fn} and {@code ln} at most 40
 * bytes of UTF-8. An empty field is unset, and fields the phone knows but these rules do not
 * ({@code dc}, {@code lb}, {@code pt}...) pass as they are. An empty item list is a valid, empty
 * directory.
 */
final class DirectoryRules {

  static final int MAX_NAME_BYTES = 40;

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  /** Where a contact number was first seen. */
  private record Seen(int item, int line) {}

  private DirectoryRules() {}

  static Verdict check(UploadName name, byte[] content) {
    return switch (UploadXml.read(name, content)) {
      case UploadXml.Read.Refused refused -> refused.refusal();
      case UploadXml.Read.Tree tree -> structure(tree.root());
    };
  }

  private static Verdict structure(Element root) {
    if (!root.name().equals("directory")) {
      return Verdict.invalid(
          root.position()
              + "the root element is <"
              + root.name()
              + ">; a contact directory is <directory><item_list><item>...</item></item_list>"
              + "</directory>");
    }
    List<Element> lists = named(root, "item_list");
    if (lists.isEmpty()) {
      return Verdict.invalid(root.position() + "<directory> holds no <item_list>");
    }
    if (lists.size() > 1) {
      return Verdict.invalid(
          lists.get(1).position() + "a second <item_list>; a directory has only one");
    }
    return items(lists.getFirst()).map(Verdict::invalid).orElseGet(Verdict::accepted);
  }

  private static Optional<String> items(Element list) {
    Map<String, Seen> contacts = new HashMap<>();
    int index = 0;
    for (Element item : list.children()) {
      if (!item.name().equals("item")) {
        return Optional.of(
            item.position() + "<item_list> holds only <item> elements, not <" + item.name() + ">");
      }
      index++;
      Optional<String> problem = item(item, index, contacts);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> item(Element item, int index, Map<String, Seen> contacts) {
    Map<String, Element> fields = new HashMap<>();
    for (Element field : item.children()) {
      if (fields.putIfAbsent(field.name(), field) != null) {
        return Optional.of(
            field.position() + "item " + index + " has <" + field.name() + "> twice");
      }
      Optional<String> problem = field(field, index);
      if (problem.isPresent()) {
        return problem;
      }
    }
    Element ct = fields.get("ct");
    if (ct == null || ct.text().isBlank()) {
      return Optional.of(
          (ct == null ? item : ct).position()
              + "item "
              + index
              + " has no <ct> (the contact's number or SIP URI), which every item needs");
    }
    String number = ct.text().strip();
    Seen first = contacts.putIfAbsent(number, new Seen(index, ct.line()));
    if (first != null) {
      return Optional.of(
          ct.position()
              + "item "
              + index
              + " repeats the <ct> \""
              + number
              + "\" of item "
              + first.item()
              + " (line "
              + first.line()
              + "); each contact number appears once");
    }
    return Optional.empty();
  }

  private static Optional<String> field(Element field, int index) {
    return switch (field.name()) {
      case "sd" -> range(field, index, 1, 9999, "speed dial");
      case "rt" -> range(field, index, 1, 21, "ring type");
      case "ad", "ar", "bw", "bb" -> range(field, index, 0, 1, "flag");
      case "fn", "ln" -> name(field, index);
      default -> Optional.empty();
    };
  }

  private static Optional<String> range(
      Element field, int index, int min, int max, String meaning) {
    String value = field.text().strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (NUMBER.matcher(value).matches()) {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return Optional.empty();
      }
    }
    return Optional.of(
        field.position()
            + "item "
            + index
            + " <"
            + field.name()
            + "> ("
            + meaning
            + ") is \""
            + value
            + "\"; it must be "
            + (max - min == 1 ? min + " or " + max : min + " to " + max));
  }

  private static Optional<String> name(Element field, int index) {
    int bytes = field.text().getBytes(StandardCharsets.UTF_8).length;
    if (bytes <= MAX_NAME_BYTES) {
      return Optional.empty();
    }
    return Optional.of(
        field.position()
            + "item "
            + index
            + " <"
            + field.name()
            + "> is "
            + bytes
            + " bytes of UTF-8; a name is at most "
            + MAX_NAME_BYTES);
  }

  private static List<Element> named(Element parent, String name) {
    return parent.children().stream().filter(child -> child.name().equals(name)).toList();
  }
}
