package dev.ucprov.sim.phone;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The contact directory file (polycom-facts.md §4): {@code <directory><item_list><item>
 * <fn/><ln/><ct/>...</item></item_list></directory>}. Read without DTDs or external entities.
 */
final class ContactDirectory {

  private ContactDirectory() {}

  /** The contacts of a directory file; those without a {@code ct} are skipped. */
  static List<Contact> read(byte[] content) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
    List<Contact> contacts = new ArrayList<>();
    Map<String, String> item = null;
    int depth = 0;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 3 && xml.getLocalName().equals("item")) {
            item = new LinkedHashMap<>();
          } else if (depth == 4 && item != null) {
            item.put(xml.getLocalName(), xml.getElementText().strip());
            depth--;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == 3 && item != null) {
            if (!item.getOrDefault("ct", "").isBlank()) {
              contacts.add(new Contact(item));
            }
            item = null;
          }
          depth--;
        }
      }
    } finally {
      xml.close();
    }
    return contacts;
  }

  static byte[] write(List<Contact> contacts) {
    StringBuilder out =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<directory>\n  <item_list>\n");
    for (Contact contact : contacts) {
      out.append("    <item>\n");
      contact
          .fields()
          .forEach((name, value) ->
              out.append("      <")
                  .append(name)
                  .append('>')
                  .append(Xml.escape(value))
                  .append("</")
                  .append(name)
                  .append(">\n"));
      out.append("    </item>\n");
    }
    return out.append("  </item_list>\n</directory>\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}
