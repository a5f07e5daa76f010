package dev.ucprov.core.provisioning;

import java.time.Instant;

/**
 * One line of the phone access log (logger {@code ucprov.access}) for the protocols that carry no
 * user agent, TFTP and FTP, in the layout of HTTP's lines, so one {@code grep} or {@code awk} reads
 * all three:
 *
 * <pre>
 * TIME CLIENT TENANT METHOD PATH STATUS BYTES MILLIS "USER-AGENT"
 * 2026-11-25T18:00:00.123Z 192.0.2.10 acme RETR /0004f2aabbcc.cfg 226 1234 3 "-"
 * </pre>
 *
 * METHOD is the protocol's request ({@code RRQ}, {@code WRQ}, {@code RETR}, {@code STOR}...); PATH
 * the name as the client sent it; STATUS the code the protocol answered; USER-AGENT always {@code
 * "-"}. In every field a space, a quote, a {@code %} or a control character is shown as {@code %XX}
 * and an empty field as {@code -}, so a name a client chose can forge neither a field nor a line.
 * HTTP writes its own line: its paths stay percent-encoded as sent, and it has a user agent.
 */
public record TransferLine(
    Instant time,
    String client,
    String tenant,
    String method,
    String path,
    int status,
    long bytes,
    long millis) {

  public String format() {
    return time
        + " "
        + safe(client)
        + " "
        + safe(tenant)
        + " "
        + safe(method)
        + " "
        + safe(path)
        + " "
        + status
        + " "
        + bytes
        + " "
        + millis
        + " \"-\"";
  }

  private static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c == '"' || c == '%') {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.isEmpty() ? "-" : out.toString();
  }
}
