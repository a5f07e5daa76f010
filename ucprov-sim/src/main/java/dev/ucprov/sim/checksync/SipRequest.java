package dev.ucprov.sim.checksync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A SIP request as far as a phone answering NOTIFY needs it (RFC 3261 §7): the request line and the
 * header lines, compact names ({@code o} for Event, {@code v} for Via...) understood.
 */
record SipRequest(String method, String requestUri, List<String> headerLines) {

  /** Empty for anything that is not a SIP/2.0 request (a response, garbage). */
  static Optional<SipRequest> parse(byte[] packet, int length) {
    String text = new String(packet, 0, length, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    if (requestLine.length != 3 || !requestLine[2].equals("SIP/2.0")) {
      return Optional.empty();
    }
    List<String> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if ((lines[i].startsWith(" ") || lines[i].startsWith("\t")) && !headers.isEmpty()) {
        headers.set(headers.size() - 1, headers.getLast() + " " + lines[i].strip());
      } else if (!lines[i].isEmpty()) {
        headers.add(lines[i]);
      }
    }
    return Optional.of(new SipRequest(requestLine[0], requestLine[1], headers));
  }

  /** The first value of a header, by full or compact name. */
  Optional<String> header(String name, String compact) {
    return headers(name, compact).stream().findFirst();
  }

  /** Every line of a header, in order, values only. */
  List<String> headers(String name, String compact) {
    List<String> values = new ArrayList<>();
    for (String line : headerLines) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (key.equals(name.toLowerCase(Locale.ROOT)) || key.equals(compact)) {
          values.add(line.substring(colon + 1).strip());
        }
      }
    }
    return values;
  }

  /**
   * The event package without parameters: {@code check-sync} of {@code check-sync;reboot=false}.
   */
  Optional<String> event() {
    return header("Event", "o").map(e -> e.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
  }

  /** The user part of the Request-URI ({@code 0004f2aabbcc} of {@code sip:0004f2aabbcc@host}). */
  Optional<String> user() {
    String uri = requestUri.replaceFirst("^sips?:", "");
    int at = uri.indexOf('@');
    return at > 0 ? Optional.of(uri.substring(0, at)) : Optional.empty();
  }

  /**
   * A response (RFC 3261 §8.2.6.2): Via, From, Call-ID and CSeq copied, a To tag added when the
   * request's To has none.
   */
  byte[] response(int status, String reason, String toTag) {
    StringBuilder out =
        new StringBuilder("SIP/2.0 ").append(status).append(' ').append(reason).append("\r\n");
    for (String via : headers("Via", "v")) {
      out.append("Via: ").append(via).append("\r\n");
    }
    header("From", "f").ifPresent(v -> out.append("From: ").append(v).append("\r\n"));
    header("To", "t")
        .ifPresent(v ->
            out.append("To: ")
                .append(v)
                .append(v.contains(";tag=") ? "" : ";tag=" + toTag)
                .append("\r\n"));
    header("Call-ID", "i").ifPresent(v -> out.append("Call-ID: ").append(v).append("\r\n"));
    header("CSeq", "").ifPresent(v -> out.append("CSeq: ").append(v).append("\r\n"));
    out.append("Content-Length: 0\r\n\r\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
