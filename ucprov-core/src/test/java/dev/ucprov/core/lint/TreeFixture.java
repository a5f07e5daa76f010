package dev.ucprov.core.lint;

import dev.ucprov.core.tree.MapTree;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Provisioning trees for lint tests, written by hand: a well-configured tree that yields no finding
 * at all, and copies of it with one thing changed.
 */
final class TreeFixture {

  /** Line 4 of {@link #MASTER}: the generic CONFIG_FILES. */
  static final int CONFIG_FILES_LINE = 4;

  /** Line 11 of {@link #MASTER}: the VVX410 CONFIG_FILES. */
  static final int VVX410_CONFIG_FILES_LINE = 11;

  static final String MASTER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <APPLICATION
          APP_FILE_PATH="sip.ld"
          CONFIG_FILES="[PHONE_MAC_ADDRESS]-secrets.cfg, site.cfg, features.cfg"
          LOG_FILE_DIRECTORY="logs"
          OVERRIDES_DIRECTORY="overrides"
          CONTACTS_DIRECTORY="contacts"
          LICENSE_DIRECTORY="licenses">
        <APPLICATION_VVX410
            APP_FILE_PATH_VVX410="vvx410/sip.ld"
            CONFIG_FILES_VVX410="[PHONE_MAC_ADDRESS]-secrets.cfg, vvx410/site.cfg, features.cfg"/>
      </APPLICATION>
      """;

  /** The shared settings; each element sits on line {@code index + 3}. */
  static final String SITE =
      config(
          "<httpd httpd.cfg.enabled=\"0\"/>",
          "<prov prov.polling.enabled=\"1\" prov.polling.mode=\"abs\" prov.polling.time=\"03:00\"/>",
          "<device device.set=\"1\" device.prov.serverType=\"3\""
              + " device.prov.serverType.set=\"1\"/>");

  private final Map<String, String> files;

  private TreeFixture(Map<String, String> files) {
    this.files = files;
  }

  /** A tree following every rule: zero findings. */
  static TreeFixture wellConfigured() {
    Map<String, String> files = new TreeMap<>();
    files.put("000000000000.cfg", MASTER);
    files.put("site.cfg", SITE);
    files.put("vvx410/site.cfg", SITE);
    files.put("features.cfg", config("<feature feature.presence.enabled=\"1\"/>"));
    files.put(
        "0004f2aabbcc-secrets.cfg",
        config(
            "<reg reg.1.auth.userId=\"201\" reg.1.auth.password=\"x7-long-unique\"/>",
            "<device device.auth.localAdminPassword=\"8124\""
                + " device.auth.localAdminPassword.set=\"1\"/>"));
    files.put("overrides/0004f2aabbcc-phone.cfg", "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>\n");
    files.put(
        "contacts/000000000000-directory.xml",
        "<directory><item_list><item><fn>Desk</fn><ct>100</ct></item></item_list></directory>\n");
    files.put(
        "licenses/000000000000-license.cfg", "<licenses><licenseKey key=\"k1\"/></licenses>\n");
    files.put("sip.ld", "firmware");
    files.put("vvx410/sip.ld", "firmware");
    files.put("logs/0004f2aabbcc-app.log", "0101000000|app1 |5|00|started\n");
    return new TreeFixture(files);
  }

  /** A tree of exactly these files. */
  static TreeFixture of(Map<String, String> files) {
    return new TreeFixture(new TreeMap<>(files));
  }

  /**
   * A config file whose elements are the given lines: the first on line 3, the next on line 4...
   */
  static String config(String... elements) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<polycomConfig>\n"
        + String.join("\n", elements)
        + "\n</polycomConfig>\n";
  }

  /** A master whose root element carries these attributes, all on line 2. */
  static String master(String attributes) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<APPLICATION " + attributes + "/>\n";
  }

  TreeFixture with(String path, String text) {
    Map<String, String> copy = new TreeMap<>(files);
    copy.put(path, text);
    return new TreeFixture(copy);
  }

  TreeFixture without(String path) {
    Map<String, String> copy = new TreeMap<>(files);
    copy.remove(path);
    return new TreeFixture(copy);
  }

  MapTree tree() {
    return MapTree.ofText(files);
  }

  List<Finding> lint() {
    return Linter.standard().lint(tree());
  }

  /** The findings of one rule. */
  List<Finding> findings(String rule) {
    return lint().stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
