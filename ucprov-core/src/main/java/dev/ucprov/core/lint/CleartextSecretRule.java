package dev.ucprov.core.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A password in a file that is not named by a MAC is served to every phone that asks, and to anyone
 * who can pose as one.
 */
final class CleartextSecretRule extends DescribedRule {

  CleartextSecretRule() {
    super(
        "cleartext-secret-in-shared-file",
        Severity.WARNING,
        "a password or key in a file every phone can read (not named by a MAC)");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (Setting s : Settings.inConfigFiles(context)) {
      if (Settings.isSecret(s.name())
          && !s.value().isEmpty()
          && !TreeNames.isPhoneSpecific(s.file())) {
        out.add(
            finding(
                s.file(),
                s.line(),
                s.name()
                    + " holds a secret in clear text in a file any phone can read; move it to a"
                    + " per-phone file (CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-secrets.cfg, ...\")"
                    + " and serve it over HTTPS with mutual TLS"));
      }
    }
    return out;
  }
}
