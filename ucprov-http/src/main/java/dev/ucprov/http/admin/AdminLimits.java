package dev.ucprov.http.admin;

/**
 * How large admin request bodies may be.
 *
 * @param jsonBytes a JSON body (tenant, device)
 * @param fileBytes a stored file's raw body (firmware of tens of MB included)
 */
public record AdminLimits(long jsonBytes, long fileBytes) {

  public AdminLimits {
    if (jsonBytes < 1 || fileBytes < 1) {
      throw new IllegalArgumentException("body limits must be positive");
    }
  }

  /** 1 MiB of JSON, 512 MiB of file. */
  public static AdminLimits standard() {
    return new AdminLimits(1L << 20, 512L << 20);
  }
}
