package dev.ucprov.tftp;

/**
 * The access-log line of a TFTP request, in the phone access log's format (logger {@code
 * ucprov.access}, ADR 0009), so one {@code grep} or {@code awk} reads both protocols:
 *
 * <pre>
 * TIME CLIENT TENANT METHOD PATH STATUS BYTES MILLIS "USER-AGENT"
 * 2026-11-25T18:00:00.123Z 192.0.2.10 acme RRQ acme/0004f2aabbcc.cfg 200 1234 3 "-"
 * </pre>
 *
 * METHOD is {@code RRQ} or {@code WRQ}; PATH the file name as sent, a space, a quote or a control
 * character in it shown as {@code %XX}; USER-AGENT is always {@code "-"}: TFTP carries none.
 */
final class TftpAccessLine {

  private TftpAccessLine() {}

  static String format(TransferRecord record) {
    return record.time()
        + " "
        + record.client()
        + " "
        + record.tenant().map(t -> t.value()).orElse("-")
        + " "
        + record.method()
        + " "
        + safe(record.path())
        + " "
        + record.status()
        + " "
        + record.bytes()
        + " "
        + record.millis()
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
