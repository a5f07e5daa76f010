package dev.ucprov.sip.digest;

import java.util.Optional;

/**
 * The value of an {@code Authorization} or {@code Proxy-Authorization} header answering a {@link
 * DigestChallenge} (RFC 7616 §3.4, RFC 2617 §3.2.2 for the form without qop). Each nonce is
 * answered once, so the nonce count is always 1.
 */
public final class DigestAnswer {

  static final String NONCE_COUNT = "00000001";

  private DigestAnswer() {}

  /**
   * @param method the request method ({@code NOTIFY}, {@code POST})
   * @param uri the Request-URI for SIP, the request-target for HTTP
   * @param body the entity body, hashed only for {@code qop=auth-int}
   * @param cnonce a fresh client nonce, used only with a qop or a {@code -sess} algorithm
   */
  public static String header(
      DigestChallenge challenge,
      DigestCredentials credentials,
      String method,
      String uri,
      byte[] body,
      String cnonce) {
    String response = response(challenge, credentials, method, uri, body, cnonce);
    StringBuilder header = new StringBuilder("Digest ");
    header.append("username=").append(quoted(credentials.username()));
    header.append(", realm=").append(quoted(challenge.realm()));
    header.append(", nonce=").append(quoted(challenge.nonce()));
    header.append(", uri=").append(quoted(uri));
    header.append(", response=").append(quoted(response));
    if (challenge.algorithmStated()) {
      header.append(", algorithm=").append(challenge.algorithm().token());
    }
    if (challenge.qop().isPresent() || challenge.algorithm().session()) {
      header.append(", cnonce=").append(quoted(cnonce));
    }
    challenge.opaque().ifPresent(opaque -> header.append(", opaque=").append(quoted(opaque)));
    challenge
        .qop()
        .ifPresent(qop -> header.append(", qop=").append(qop).append(", nc=").append(NONCE_COUNT));
    return header.toString();
  }

  /** The {@code response} parameter: KD(H(A1), nonce:nc:cnonce:qop:H(A2)), or H(A1:nonce:H(A2)). */
  static String response(
      DigestChallenge challenge,
      DigestCredentials credentials,
      String method,
      String uri,
      byte[] body,
      String cnonce) {
    DigestAlgorithm h = challenge.algorithm();
    String a1 = credentials.username() + ":" + challenge.realm() + ":" + credentials.password();
    String ha1 = h.hash(a1);
    if (h.session()) {
      ha1 = h.hash(ha1 + ":" + challenge.nonce() + ":" + cnonce);
    }
    Optional<String> qop = challenge.qop();
    String a2 = method + ":" + uri;
    if (qop.equals(Optional.of("auth-int"))) {
      a2 += ":" + h.hash(body);
    }
    String ha2 = h.hash(a2);
    String middle =
        qop.map(q -> challenge.nonce() + ":" + NONCE_COUNT + ":" + cnonce + ":" + q)
            .orElse(challenge.nonce());
    return h.hash(ha1 + ":" + middle + ":" + ha2);
  }

  // RFC 7230 §3.2.6 quoted-string; callers refuse line breaks before they get here.
  private static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
