package dev.ucprov.http.auth;

import dev.ucprov.core.access.PasswordProof.PasswordCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * One Digest response checked against candidate passwords (RFC 7616 §3.4.1; RFC 2069 §2.1.2 when
 * {@code qop} is absent). The first candidate that matches also uses up the nonce count in the
 * {@link NonceLedger}; if that count was taken meanwhile (a replay racing the original), nothing
 * matches. The outcome is remembered, so checking again gives the same answer. Thread-safe.
 */
final class DigestCheck implements PasswordCheck {

  /** The fields of the header the response covers. */
  record Fields(
      DigestAlgorithm algorithm,
      String username,
      String realm,
      String nonce,
      long issuedAt,
      String uri,
      Optional<QopFields> qop,
      String response) {}

  /** The fields RFC 7616 adds to RFC 2069's: {@code qop=auth} only. */
  record QopFields(String nc, long count, String cnonce) {}

  private final Fields fields;
  private final String method;
  private final NonceLedger ledger;
  private final long expiredBefore;
  private Boolean accepted;

  DigestCheck(Fields fields, String method, NonceLedger ledger, long expiredBefore) {
    this.fields = fields;
    this.method = method;
    this.ledger = ledger;
    this.expiredBefore = expiredBefore;
  }

  @Override
  public boolean matches(String candidatePassword) {
    byte[] expected = expected(candidatePassword).getBytes(StandardCharsets.US_ASCII);
    byte[] sent = fields.response().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, sent)) {
      return false;
    }
    synchronized (this) {
      if (accepted == null) {
        long count = fields.qop().map(QopFields::count).orElse(0L);
        accepted = ledger.accept(fields.nonce(), fields.issuedAt(), count, expiredBefore);
      }
      return accepted;
    }
  }

  private String expected(String password) {
    DigestAlgorithm h = fields.algorithm();
    String cnonce = fields.qop().map(QopFields::cnonce).orElse("");
    String ha1 = h.ha1(fields.username(), fields.realm(), password, fields.nonce(), cnonce);
    String ha2 = h.hash(method + ":" + fields.uri());
    if (fields.qop().isEmpty()) {
      return h.hash(ha1 + ":" + fields.nonce() + ":" + ha2);
    }
    QopFields qop = fields.qop().get();
    return h.hash(
        ha1 + ":" + fields.nonce() + ":" + qop.nc() + ":" + qop.cnonce() + ":auth:" + ha2);
  }
}
