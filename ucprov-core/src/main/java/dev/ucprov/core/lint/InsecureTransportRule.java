package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The white paper recommends HTTPS with mutual authentication for every provisioning file; FTP,
 * TFTP and HTTP carry configuration, passwords included, in clear text.
 */
final class InsecureTransportRule extends DescribedRule {

  /** {@code device.prov.serverType} values that are not encrypted, to the protocol's name. */
  private static final Map<String, String> CLEARTEXT_TYPES =
      Map.of("0", "FTP", "1", "TFTP", "2", "HTTP", "ftp", "FTP", "tftp", "TFTP", "http", "HTTP");

  private static final String ADVICE = "use HTTPS with mutual TLS";

  InsecureTransportRule() {
    super(
        "insecure-provisioning-transport",
        Severity.WARNING,
        "provisioning over HTTP, FTP or TFTP (clear text) instead of HTTPS with mutual TLS");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterFile master : context.masters()) {
      for (ConfigParameter p : master.source().parameters()) {
        for (String entry : p.value().split(",")) {
          if (Settings.isCleartextUrl(entry)) {
            out.add(
                finding(
                    master.path(),
                    p.line(),
                    p.name()
                        + " points at "
                        + Settings.redacted(entry.strip())
                        + ", which phones fetch in clear text; use an https:// URL (mutual TLS)"
                        + " or a path on this server"));
          }
        }
      }
    }
    for (Setting s : Settings.inConfigFiles(context)) {
      checkDeviceSetting(s, out);
    }
    return out;
  }

  private void checkDeviceSetting(Setting s, List<Finding> out) {
    String value = s.value().strip();
    if (s.name().equals("device.prov.serverType")) {
      String protocol = CLEARTEXT_TYPES.get(value.toLowerCase(Locale.ROOT));
      if (protocol != null) {
        out.add(
            finding(
                s.file(),
                s.line(),
                "device.prov.serverType=\""
                    + value
                    + "\" makes phones provision over "
                    + protocol
                    + " in clear text; "
                    + ADVICE));
      }
    } else if (s.name().equals("device.prov.serverName") && Settings.isCleartextUrl(value)) {
      out.add(
          finding(
              s.file(),
              s.line(),
              "device.prov.serverName is "
                  + Settings.redacted(value)
                  + ", a clear-text transport; "
                  + ADVICE));
    }
  }
}
