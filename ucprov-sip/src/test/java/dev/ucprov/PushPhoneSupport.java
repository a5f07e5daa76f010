package dev.ucprov.sip;

import java.nio.file.Path;
import javax.net.ssl.SSLContext;

/**
 * Opens the SIP tests' phone-side helpers (independent digest, test certificates) to push tests.
 */
public final class PushPhoneSupport {

  private PushPhoneSupport() {}

  /** The phone's certificate material. */
  public record Certificates(Path trustStore, String password, SSLContext phoneContext) {}

  public static Certificates certificates(Path dir) throws Exception {
    TestCertificates made = TestCertificates.create(dir);
    return new Certificates(made.trustStore(), TestCertificates.PASSWORD, made.phoneContext());
  }

  public static boolean valid(
      String authorization,
      String jdkAlgorithm,
      String realm,
      String nonce,
      String method,
      String user,
      String password) {
    return PhoneDigest.valid(authorization, jdkAlgorithm, realm, nonce, method, user, password);
  }

  public static String param(String authorization, String name) {
    return PhoneDigest.params(authorization).getOrDefault(name, "");
  }
}
