package dev.ucprov.sip.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SIP response as far as a client transaction reads it: status, reason and headers; the body is
 * of no use to a check-sync and is skipped.
 */
public record SipResponse(int status, String reason, SipHeaders headers) {

  /** More lines than any sane response carries; beyond it the datagram is garbage to us. */
  static final int MAX_HEADER_LINES = 256;

  public boolean provisional() {
    return status < 200;
  }

  public boolean success() {
    return status >= 200 && status < 300;
  }

  public Optional<String> callId() {
    return headers.first("call-id").map(String::strip);
  }

  /**
   * Reads the start line and headers of {@code length} bytes at {@code offset}. Anything that is
   * not a well-formed SIP/2.0 response (a request, garbage, a keep-alive) is empty; it never
   * throws.
   */
  public static Optional<SipResponse> parse(byte[] data, int offset, int length) {
    String text = new String(data, offset, length, StandardCharsets.UTF_8);
    String[] lines = text.substring(0, headerEnd(text)).split("\r?\n", -1);
    if (lines.length > MAX_HEADER_LINES) {
      return Optional.empty();
    }
    Optional<StatusLine> start = StatusLine.parse(lines[0]);
    Optional<List<SipHeaders.Field>> fields = fields(lines);
    if (start.isEmpty() || fields.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SipResponse(start.get().status, start.get().reason, new SipHeaders(fields.get())));
  }

  private static int headerEnd(String text) {
    int crlf = text.indexOf("\r\n\r\n");
    int lf = text.indexOf("\n\n");
    if (crlf < 0 && lf < 0) {
      return text.length();
    }
    return crlf < 0 ? lf : lf < 0 ? crlf : Math.min(crlf, lf);
  }

  private record StatusLine(int status, String reason) {

    // RFC 3261 §7.2: SIP-Version SP Status-Code SP Reason-Phrase
    static Optional<StatusLine> parse(String line) {
      String[] parts = line.split(" ", 3);
      if (parts.length < 2 || !parts[0].equals("SIP/2.0") || !parts[1].matches("[1-6][0-9][0-9]")) {
        return Optional.empty();
      }
      String reason = parts.length == 3 ? parts[2].strip() : "";
      return Optional.of(new StatusLine(Integer.parseInt(parts[1]), reason));
    }
  }

  // Continuation lines (leading space or tab) join the field above them (RFC 3261 §7.3.1).
  private static Optional<List<SipHeaders.Field>> fields(String[] lines) {
    List<SipHeaders.Field> fields = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (fields.isEmpty()) {
          return Optional.empty();
        }
        SipHeaders.Field last = fields.removeLast();
        fields.add(new SipHeaders.Field(last.name(), last.value() + " " + line.strip()));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !line.substring(0, colon).strip().matches("[A-Za-z0-9.!%*_+`'~-]+")) {
        return Optional.empty();
      }
      fields.add(
          new SipHeaders.Field(
              SipHeaders.normalise(line.substring(0, colon)), line.substring(colon + 1).strip()));
    }
    return Optional.of(fields);
  }
}
