package dev.ucprov.http.tls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One {@code -----BEGIN LABEL-----} ... {@code -----END LABEL-----} block of a PEM file (RFC 7468),
 * with the RFC 1421 header lines ({@code Proc-Type}, {@code DEK-Info}) older tools put before the
 * base64 of an encrypted key.
 *
 * @param label {@code CERTIFICATE}, {@code PRIVATE KEY}, {@code RSA PRIVATE KEY}, ...
 * @param headers the header lines as written
 * @param der the decoded base64
 * @param line the line of the BEGIN marker, from 1
 */
record PemBlock(String label, List<String> headers, byte[] der, int line) {

  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";

  PemBlock {
    headers = List.copyOf(headers);
  }

  /** Whether a header says the body is encrypted ({@code Proc-Type: 4,ENCRYPTED}). */
  boolean encrypted() {
    return headers.stream()
        .anyMatch(h -> h.toUpperCase(Locale.ROOT).replace(" ", "").startsWith("PROC-TYPE:4,ENC"));
  }

  /**
   * Every block of a file, in order; text around the blocks (openssl's "Bag Attributes", comments)
   * is skipped.
   */
  static List<PemBlock> read(TlsFile file) {
    String text = new String(file.read(), StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r?\n|\r", -1);
    List<PemBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(BEGIN) && line.endsWith(DASHES)) {
        String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
        int end = findEnd(file, lines, i, label);
        blocks.add(block(file, label, lines, i, end));
        i = end;
      }
    }
    return blocks;
  }

  private static int findEnd(TlsFile file, String[] lines, int begin, String label) {
    String end = END + label + DASHES;
    for (int j = begin + 1; j < lines.length; j++) {
      String line = lines[j].strip();
      if (line.equals(end)) {
        return j;
      }
      if (line.startsWith(BEGIN) || line.startsWith(END)) {
        break;
      }
    }
    throw file.problem("line " + (begin + 1) + ": BEGIN " + label + " has no matching END line");
  }

  private static PemBlock block(TlsFile file, String label, String[] lines, int begin, int end) {
    List<String> headers = new ArrayList<>();
    StringBuilder base64 = new StringBuilder();
    for (int j = begin + 1; j < end; j++) {
      String line = lines[j].strip();
      if (base64.isEmpty() && line.contains(":")) {
        headers.add(line);
      } else {
        base64.append(line);
      }
    }
    try {
      byte[] der = Base64.getDecoder().decode(base64.toString().replaceAll("\\s", ""));
      if (der.length == 0) {
        throw file.problem("line " + (begin + 1) + ": the " + label + " block is empty");
      }
      return new PemBlock(label, headers, der, begin + 1);
    } catch (IllegalArgumentException e) {
      throw file.problem(
          "line " + (begin + 1) + ": the " + label + " block is not valid base64", e);
    }
  }
}
