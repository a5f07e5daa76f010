package dev.ucprov.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone's side of Digest, written apart from the production code so that a shared mistake
 * cannot pass: parses an Authorization value and checks its response (RFC 7616 §3.4.1, qop=auth or
 * none, no -sess).
 */
final class PhoneDigest {

  private PhoneDigest() {}

  static Map<String, String> params(String authorization) {
    Map<String, String> params = new HashMap<>();
    Matcher m =
        Pattern.compile("([A-Za-z-]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]*))")
            .matcher(authorization);
    while (m.find()) {
      params.put(m.group(1).toLowerCase(), m.group(2) != null ? m.group(2) : m.group(3));
    }
    return params;
  }

  /** Whether the value proves {@code user:password} for this realm, nonce and method. */
  static boolean valid(
      String authorization,
      String jdkAlgorithm,
      String realm,
      String nonce,
      String method,
      String user,
      String password) {
    Map<String, String> p = params(authorization);
    if (!authorization.startsWith("Digest ")
        || !user.equals(p.get("username"))
        || !realm.equals(p.get("realm"))
        || !nonce.equals(p.get("nonce"))
        || p.get("uri") == null
        || p.get("response") == null) {
      return false;
    }
    String ha1 = hex(jdkAlgorithm, user + ":" + realm + ":" + password);
    String ha2 = hex(jdkAlgorithm, method + ":" + p.get("uri"));
    String expected =
        p.containsKey("qop")
            ? hex(
                jdkAlgorithm,
                ha1
                    + ":"
                    + nonce
                    + ":"
                    + p.get("nc")
                    + ":"
                    + p.get("cnonce")
                    + ":"
                    + p.get("qop")
                    + ":"
                    + ha2)
            : hex(jdkAlgorithm, ha1 + ":" + nonce + ":" + ha2);
    return expected.equals(p.get("response"));
  }

  private static String hex(String algorithm, String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
