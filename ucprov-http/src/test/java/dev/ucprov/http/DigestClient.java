package dev.ucprov.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Digest client of our own (RFC 7616 §3.4), independent of the server's code: picks a challenge
 * by algorithm and computes the Authorization header for a request.
 */
record DigestClient(String username, String password, String algorithm) {

  /** The realm and nonce of the challenge offering {@code algorithm}. */
  record Challenge(String realm, String nonce, String opaque, boolean stale) {}

  Challenge pick(List<String> wwwAuthenticate) {
    for (String value : wwwAuthenticate) {
      if (value.startsWith("Digest ") && value.contains("algorithm=" + algorithm + ",")) {
        return new Challenge(
            param(value, "realm"),
            param(value, "nonce"),
            param(value, "opaque"),
            value.contains("stale=true"));
      }
    }
    throw new AssertionError("no Digest " + algorithm + " challenge in " + wwwAuthenticate);
  }

  String header(Challenge c, String method, String uri, int nc, String cnonce) {
    String count = String.format("%08x", nc);
    String ha1 = hash(username + ":" + c.realm() + ":" + password);
    String ha2 = hash(method + ":" + uri);
    String response = hash(ha1 + ":" + c.nonce() + ":" + count + ":" + cnonce + ":auth:" + ha2);
    return "Authorization: Digest username=\""
        + username
        + "\", realm=\""
        + c.realm()
        + "\", nonce=\""
        + c.nonce()
        + "\", uri=\""
        + uri
        + "\", algorithm="
        + algorithm
        + ", qop=auth, nc="
        + count
        + ", cnonce=\""
        + cnonce
        + "\", response=\""
        + response
        + "\", opaque=\""
        + c.opaque()
        + "\"";
  }

  /** The RFC 2069 form: no qop, nc or cnonce. */
  String header2069(Challenge c, String method, String uri) {
    String response =
        hash(
            hash(username + ":" + c.realm() + ":" + password)
                + ":"
                + c.nonce()
                + ":"
                + hash(method + ":" + uri));
    return "Authorization: Digest username=\""
        + username
        + "\", realm=\""
        + c.realm()
        + "\", nonce=\""
        + c.nonce()
        + "\", uri=\""
        + uri
        + "\", response=\""
        + response
        + "\"";
  }

  private String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String param(String challenge, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(challenge);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + challenge);
    }
    return m.group(1);
  }
}
