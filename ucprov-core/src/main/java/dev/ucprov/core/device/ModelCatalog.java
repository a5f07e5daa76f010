package dev.ucprov.core.device;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The known models and their part numbers (polycom-facts.md §2), looked up either way.
 *
 * <p>Only part numbers from public tables are listed; any other model still resolves, without a
 * part number. Master tokens are upper case, as {@code APPLICATION_<MODEL>} spells them. The table
 * is immutable, so every method is thread-safe.
 */
public final class ModelCatalog {

  /** Longest token accepted; real ones are under 16 characters. */
  private static final int MAX_TOKEN_LENGTH = 40;

  private static final List<PhoneModel> KNOWN =
      List.of(
          known("SPIP650", "2345-12600-001"),
          known("SPIP670", "2345-12670-001"),
          known("VVX1500", "2345-17960-001"),
          known("VVX300", "3111-46135-002"),
          known("VVX400", "3111-46157-002"),
          known("VVX410", "3111-46162-001"),
          known("VVX500", "3111-44500-001"),
          known("VVX600", "3111-44600-001"));

  private static final Map<String, PhoneModel> BY_TOKEN =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(PhoneModel::masterToken, m -> m));

  private static final Map<String, PhoneModel> BY_PART_NUMBER =
      KNOWN.stream()
          .collect(Collectors.toUnmodifiableMap(m -> m.partNumber().orElseThrow(), m -> m));

  private ModelCatalog() {}

  /** Every known model with a part number, in a stable order. */
  public static List<PhoneModel> known() {
    return KNOWN;
  }

  /**
   * The model for a token in either spelling: master token ({@code VVX410}) or User-Agent token
   * ({@code VVX_410}), case-insensitive. Unknown tokens give a model without a part number, so any
   * model can still be resolved ({@code SSIP_6000} gives {@code SSIP6000}); blank, null, or a token
   * that is not a letter followed by letters, digits and {@code _} gives empty.
   */
  public static Optional<PhoneModel> byToken(String token) {
    return masterToken(token)
        .map(master -> BY_TOKEN.getOrDefault(master, new PhoneModel(master, Optional.empty())));
  }

  /** The model that a part number belongs to ({@code 3111-46162-001} gives {@code VVX410}). */
  public static Optional<PhoneModel> byPartNumber(String partNumber) {
    return partNumber == null
        ? Optional.empty()
        : Optional.ofNullable(BY_PART_NUMBER.get(partNumber.strip()));
  }

  /**
   * The master spelling of a model token: {@code _} removed, upper case (polycom-facts.md §2);
   * empty when the token is not well-formed. Only ASCII letters and digits pass, since the result
   * ends up in element names and file names.
   */
  static Optional<String> masterToken(String token) {
    if (token == null) {
      return Optional.empty();
    }
    String stripped = token.strip();
    if (stripped.isEmpty()
        || stripped.length() > MAX_TOKEN_LENGTH
        || !isAsciiLetter(stripped.charAt(0))) {
      return Optional.empty();
    }
    StringBuilder master = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9')) {
        master.append(c);
      } else if (c != '_') {
        return Optional.empty();
      }
    }
    return Optional.of(master.toString().toUpperCase(Locale.ROOT));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static PhoneModel known(String masterToken, String partNumber) {
    return new PhoneModel(masterToken, Optional.of(partNumber));
  }
}
