package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.master.MasterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Questions about parameters that several rules ask. */
final class Settings {

  private static final Pattern CREDENTIALS = Pattern.compile("(?<=//)([^/@:]*):([^/@]*)@");

  private Settings() {}

  /** The value a phone takes from each readable file that is not a master, file by file. */
  static List<Setting> inConfigFiles(LintContext context) {
    List<Setting> out = new ArrayList<>();
    for (ConfigFile file : context.readableFiles()) {
      if (!MasterConfig.isMaster(file)) {
        file.values().values().forEach(p -> out.add(new Setting(file.path(), p)));
      }
    }
    return out;
  }

  /**
   * A device setting (polycom-facts.md §3) applies only with {@code device.set="1"} and its own
   * flag; the flags themselves are not settings.
   */
  static boolean isDeviceSetting(String name) {
    return name.startsWith("device.") && !name.equals("device.set") && !name.endsWith(".set");
  }

  /**
   * Whether a parameter holds a password or key: {@code reg.1.auth.password}, {@code
   * device.auth.localAdminPassword}, {@code apps.push.password}, {@code *.pwd}, the config
   * encryption key.
   */
  static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String last = lower.substring(lower.lastIndexOf('.') + 1);
    return last.endsWith("password")
        || last.endsWith("passwd")
        || last.equals("pwd")
        || last.equals("secret")
        || lower.equals("device.sec.configencryption.key");
  }

  /** A URL with any password replaced, fit to print. */
  static String redacted(String url) {
    return CREDENTIALS.matcher(url).replaceAll("$1:***@");
  }

  /** Whether a value is a URL with a scheme that carries files in clear text. */
  static boolean isCleartextUrl(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("ftp://") || lower.startsWith("tftp://");
  }

  /** {@code "a", "b" and 3 more}, for messages listing names. */
  static String names(List<String> names, int shown) {
    List<String> head = names.subList(0, Math.min(shown, names.size()));
    String listed = String.join(", ", head);
    int rest = names.size() - head.size();
    return rest > 0 ? listed + " and " + rest + " more" : listed;
  }
}
