package dev.ucprov.app.fleet;

/**
 * What each tenant of the end-to-end test serves: a master whose CONFIG_FILES are a per-device
 * Pebble template and {@code site.cfg}, every directory attribute set, a firmware image with the
 * version the phones already run, a shared directory and a site licence.
 */
final class FleetTenants {

  static final String MASTER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg"
        OVERRIDES_DIRECTORY="overrides" CONTACTS_DIRECTORY="contacts"
        LICENSE_DIRECTORY="licences" LOG_FILE_DIRECTORY="logs"/>
      """;

  /** {@code reg.1.label} here loses to the template's, the leftmost file. */
  static String site(String tenant) {
    return """
    <?xml version="1.0" encoding="UTF-8"?>
    <polycomConfig><site tcpIpApp.sntp.address="ntp.%s.example" reg.1.label="site"
      feature.presence.enabled="1"/></polycomConfig>
    """
        .formatted(tenant);
  }

  static final String LINES =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <polycomConfig><reg reg.1.address="{{ device.variables.ext }}"
        reg.1.label="{{ device.label }}" reg.1.displayName="{{ tenant.name }}"/></polycomConfig>
      """;

  /** The template after the change: one value changed, one parameter added. */
  static final String LINES_CHANGED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <polycomConfig><reg reg.1.address="{{ device.variables.ext }}"
        reg.1.label="Line {{ device.variables.ext }}" reg.1.displayName="{{ tenant.name }}"
        reg.1.lineKeys="2"/></polycomConfig>
      """;

  static final String DIRECTORY =
      "<directory><item_list><item><fn>Reception</fn><ct>100</ct></item></item_list></directory>";

  static final String LICENCE = "<licenses><licenseKey feature=\"site\" value=\"K-1\"/></licenses>";

  private FleetTenants() {}

  /** Creates the tenant, where its TFTP phones are ({@code networks}), and its files. */
  static void create(FleetAdmin admin, String tenant, java.util.List<String> networks) {
    String files = "/api/v1/tenants/" + tenant + "/files/";
    String list =
        networks.stream()
            .map(n -> "\"" + n + "\"")
            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    admin.put(
        "/api/v1/tenants/" + tenant,
        "{\"name\": \"Tenant " + tenant + "\", \"networks\": " + list + "}");
    admin.putFile(files + "000000000000.cfg", MASTER);
    admin.putFile(files + "site.cfg", site(tenant));
    admin.putFile(files + "%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true", LINES);
    admin.putFile(files + "sip.ld", "not really an image");
    admin.putFile(files + "sip.ver", dev.ucprov.sim.phone.PhoneProfile.DEFAULT_VERSION + "\n");
    admin.putFile(files + "contacts/000000000000-directory.xml", DIRECTORY);
    admin.putFile(files + "licences/000000000000-license.cfg", LICENCE);
  }

  /** Claims a device whose check-sync goes straight to {@code sipTarget}, user its MAC. */
  static void device(FleetAdmin admin, String tenant, String mac, int number, String sipTarget) {
    admin.put(
        "/api/v1/tenants/" + tenant + "/devices/" + mac,
        """
        {"model": "VVX_410", "label": "Desk %d", "variables": {"ext": "%d"},
         "sip": {"target": "%s", "user": "%s"}}
        """
            .formatted(number, 2000 + number, sipTarget, mac));
  }
}
