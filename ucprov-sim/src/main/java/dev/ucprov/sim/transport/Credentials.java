package dev.ucprov.sim.transport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user name and password as a URL carries them ({@code user:password@}, percent-encoded).
 *
 * @param user the decoded user name
 * @param password the decoded password, empty when the URL has none
 */
public record Credentials(String user, String password) {

  /** FTP's factory default on Polycom phones (polycom-facts.md §5). */
  public static final Credentials POLYCOM_FTP = new Credentials("PlcmSpIp", "PlcmSpIp");

  /** Reads {@code user:password}, each part percent-decoded (a {@code +} stays a plus). */
  public static Credentials fromUserInfo(String rawUserInfo) {
    int colon = rawUserInfo.indexOf(':');
    String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
    String password = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
    return new Credentials(decode(user), decode(password));
  }

  /** {@code Basic dXNlcjpwYXNz} (RFC 7617, UTF-8). */
  public String basicHeader() {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return user + ":***";
  }
}
