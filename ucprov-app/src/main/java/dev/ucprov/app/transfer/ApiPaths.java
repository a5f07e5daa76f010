package dev.ucprov.app.transfer;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.tenant.TenantId;
import java.nio.charset.StandardCharsets;

/**
 * The admin API's paths (README, "Admin API"), with file paths percent-encoded segment by segment.
 */
final class ApiPaths {

  private ApiPaths() {}

  static String tenant(TenantId tenant) {
    return "/api/v1/tenants/" + tenant.value();
  }

  static String files(TenantId tenant) {
    return tenant(tenant) + "/files";
  }

  static String file(TenantId tenant, FilePath path) {
    return files(tenant) + "/" + encode(path.value());
  }

  static String sharedFiles() {
    return "/api/v1/shared/files";
  }

  static String devices(TenantId tenant) {
    return tenant(tenant) + "/devices";
  }

  static String device(TenantId tenant, MacAddress mac) {
    return devices(tenant) + "/" + mac.value();
  }

  /**
   * Percent-encodes every byte of a {@code /}-separated path but RFC 3986's unreserved characters,
   * so brackets, spaces and non-ASCII names reach the server as the same bytes.
   */
  static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '/' || unreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean unreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
