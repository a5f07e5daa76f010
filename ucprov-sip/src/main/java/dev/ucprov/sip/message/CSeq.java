package dev.ucprov.sip.message;

import java.util.Optional;

/** A CSeq value: sequence number and method (RFC 3261 §20.16). */
public record CSeq(long number, String method) {

  public static Optional<CSeq> of(SipHeaders headers) {
    return headers.first("cseq").flatMap(CSeq::parse);
  }

  static Optional<CSeq> parse(String value) {
    String[] parts = value.strip().split("\\s+");
    if (parts.length != 2 || parts[0].isEmpty() || parts[0].length() > 10) {
      return Optional.empty();
    }
    for (char c : parts[0].toCharArray()) {
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(new CSeq(Long.parseLong(parts[0]), parts[1]));
  }

  @Override
  public String toString() {
    return number + " " + method;
  }
}
