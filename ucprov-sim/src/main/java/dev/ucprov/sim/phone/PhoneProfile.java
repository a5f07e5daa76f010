package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import java.util.Locale;

/**
 * What a phone is: its MAC, its model as the User-Agent spells it ({@code VVX_410}), and the
 * application version it runs when it has never been told otherwise (its flash may hold a newer one
 * after an upgrade).
 */
public record PhoneProfile(MacAddress mac, String model, String firmwareVersion) {

  public static final String DEFAULT_MODEL = "VVX_410";
  public static final String DEFAULT_VERSION = "5.9.0.9373";

  public PhoneProfile {
    model = userAgentModel(model);
    if (firmwareVersion.isBlank() || firmwareVersion.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException("not a firmware version: '" + firmwareVersion + "'");
    }
  }

  public static PhoneProfile of(MacAddress mac) {
    return new PhoneProfile(mac, DEFAULT_MODEL, DEFAULT_VERSION);
  }

  /**
   * The User-Agent of polycom-facts.md §5: {@code FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373
   * Type/Application}; the family from the model's letters.
   */
  public String userAgent(String version) {
    return "FileTransport " + family() + "-" + model + "-UA/" + version + " Type/Application";
  }

  private String family() {
    String upper = model.toUpperCase(Locale.ROOT);
    if (upper.startsWith("VVX")) {
      return "PolycomVVX";
    }
    if (upper.startsWith("SPIP")) {
      return "PolycomSoundPointIP";
    }
    if (upper.startsWith("SSIP")) {
      return "PolycomSoundStationIP";
    }
    if (upper.startsWith("EDGE")) {
      return "PolyEdge";
    }
    return "Polycom";
  }

  /**
   * {@code VVX410} becomes {@code VVX_410}: the master token has the {@code _} removed (facts §2),
   * the User-Agent has it between the letters and the number. A token that has one is kept.
   */
  static String userAgentModel(String model) {
    String token = model.strip();
    if (token.isEmpty() || !token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
      throw new IllegalArgumentException(
          "not a model token (letters, digits and _, like VVX_410): '" + model + "'");
    }
    if (token.indexOf('_') >= 0) {
      return token;
    }
    int digits = 0;
    while (digits < token.length() && Character.isLetter(token.charAt(digits))) {
      digits++;
    }
    return digits == 0 || digits == token.length()
        ? token
        : token.substring(0, digits) + "_" + token.substring(digits);
  }
}
