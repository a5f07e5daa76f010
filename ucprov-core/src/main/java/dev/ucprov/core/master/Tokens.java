package dev.ucprov.core.master;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The substitution tokens of master values (polycom-facts.md §2), filled in for one phone. Tokens
 * match regardless of case; {@code [MACADDRESS]} is the older spelling of {@code
 * [PHONE_MAC_ADDRESS]}. A token whose value is not known here stays as written and is reported.
 */
final class Tokens {

  static final String PART_NUMBER = "[PHONE_PART_NUMBER]";

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\[(PHONE_MAC_ADDRESS|MACADDRESS|PHONE_MODEL|PHONE_PART_NUMBER)]",
          Pattern.CASE_INSENSITIVE);

  private final MacAddress mac;
  private final Optional<PhoneModel> model;

  Tokens(MacAddress mac, Optional<PhoneModel> model) {
    this.mac = mac;
    this.model = model;
  }

  /** Whether a value holds {@code [PHONE_PART_NUMBER]} in any case. */
  static boolean hasPartNumber(String value) {
    return value.toUpperCase(Locale.ROOT).contains(PART_NUMBER);
  }

  /**
   * The value with every token this phone can fill replaced; one problem per token that stays.
   *
   * @param written the attribute, for its name and line in problems
   */
  String substitute(ConfigParameter written, String value, List<MasterProblem> problems) {
    Set<String> unfilled = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(value);
    String result =
        m.replaceAll(match -> {
          String token = match.group(1).toUpperCase(Locale.ROOT);
          Optional<String> filled = valueOf(token);
          if (filled.isEmpty()) {
            unfilled.add(token);
          }
          return Matcher.quoteReplacement(filled.orElse(match.group()));
        });
    for (String token : unfilled) {
      problems.add(new MasterProblem(written.name(), written.line(), unfilledMessage(token)));
    }
    return result;
  }

  private Optional<String> valueOf(String token) {
    return switch (token) {
      case "PHONE_MAC_ADDRESS", "MACADDRESS" -> Optional.of(mac.value());
      case "PHONE_MODEL" -> model.map(PhoneModel::masterToken);
      case "PHONE_PART_NUMBER" -> model.flatMap(PhoneModel::partNumber);
      default -> throw new IllegalStateException("pattern and switch disagree on " + token);
    };
  }

  private String unfilledMessage(String token) {
    String why =
        model
            .map(m -> "the part number of model " + m.masterToken() + " is not known")
            .orElse("the phone's model is not known");
    return "["
        + token
        + "] cannot be substituted because "
        + why
        + "; the value keeps the token as written";
  }
}
