package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * polycom-facts.md §2: only {@code [PHONE_MAC_ADDRESS]}, {@code [MACADDRESS]}, {@code
 * [PHONE_MODEL]} and {@code [PHONE_PART_NUMBER]} are substituted. Anything else, or a part number
 * the model does not have, stays in the name the phone asks for.
 */
final class UnsubstitutedTokenRule extends DescribedRule {

  private static final Pattern TOKEN = Pattern.compile("\\[[A-Za-z_]+\\]");

  /** Tokens a resolution without a model cannot fill but a phone will. */
  private static final Set<String> NEED_MODEL = Set.of("[PHONE_MODEL]", "[PHONE_PART_NUMBER]");

  UnsubstitutedTokenRule() {
    super(
        "unsubstituted-token",
        Severity.WARNING,
        "a [TOKEN] in a master value that phones cannot substitute (unknown, or no part number)");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      for (Map.Entry<MasterAttribute, String> e : r.resolved().attributes().entrySet()) {
        Matcher m = TOKEN.matcher(e.getValue());
        while (m.find()) {
          String token = m.group().toUpperCase(Locale.ROOT);
          if (r.model().isEmpty() && NEED_MODEL.contains(token)) {
            continue;
          }
          out.add(finding(r.masterPath(), r.lineOf(e.getKey()), message(r, e.getKey(), token)));
        }
      }
    }
    return out;
  }

  private static String message(MasterReach r, MasterAttribute attribute, String token) {
    String why =
        NEED_MODEL.contains(token)
            ? " for " + r.model().orElseThrow() + " phones: that model has no known part number"
            : ": it is not a token phones know ([PHONE_MAC_ADDRESS], [MACADDRESS], [PHONE_MODEL],"
                + " [PHONE_PART_NUMBER])";
    return attribute
        + " keeps "
        + token
        + " after substitution"
        + why
        + ", so phones ask for a file with that text in its name";
  }
}
