package dev.ucprov.core.device;

/**
 * Who a request came from, as far as its User-Agent tells (polycom-facts.md §5).
 *
 * <p>Example: {@code FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application} gives family
 * {@code PolycomVVX}, model token {@code VVX_410}, master token {@code VVX410}, version {@code
 * 5.9.0.9373} and requester {@link Requester#APPLICATION}.
 *
 * @param family vendor family ({@code PolycomVVX}, {@code PolycomSoundPointIP}, {@code
 *     PolycomSoundStationIP}, {@code PolyEdge}) or {@value #UNKNOWN}
 * @param modelToken the model as the User-Agent spells it ({@code VVX_410}) or {@value #UNKNOWN}
 * @param masterModelToken the model as the master config spells it ({@code VVX410}) or {@value
 *     #UNKNOWN}
 * @param version the software version in the agent or {@value #UNKNOWN}
 * @param requester application, updater (BootROM), or unknown
 */
public record PhoneIdentity(
    String family,
    String modelToken,
    String masterModelToken,
    String version,
    Requester requester) {

  /** The word every field holds when the agent does not tell it. */
  public static final String UNKNOWN = "unknown";

  /** An identity that knows nothing. */
  public static PhoneIdentity unknown() {
    return new PhoneIdentity(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, Requester.UNKNOWN);
  }

  /** Whether the agent named a model. */
  public boolean knowsModel() {
    return !UNKNOWN.equals(masterModelToken);
  }

  /**
   * Reads a User-Agent header. Never throws: anything unrecognised (null, empty, a browser, curl)
   * gives {@link #unknown()} or an identity with the parts it could read. The master token is upper
   * case, as {@link ModelCatalog} spells it; only the first 1024 characters are examined.
   */
  public static PhoneIdentity fromUserAgent(String userAgent) {
    return UserAgentReader.read(userAgent);
  }
}
