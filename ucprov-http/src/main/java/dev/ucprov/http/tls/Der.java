package dev.ucprov.http.tls;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Just enough ASN.1 DER (ITU-T X.690) to turn the PKCS#1 and SEC1 private key forms into PKCS#8,
 * which the JDK's key factories read: definite lengths only, as DER requires.
 */
final class Der {

  static final int INTEGER = 0x02;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;
  static final int CONTEXT_0 = 0xa0;

  /** One tag-length-value; {@code encoded} is the whole TLV, {@code content} its value. */
  record Value(int tag, byte[] content, byte[] encoded) {

    /** The elements of a constructed value (a SEQUENCE, an explicit tag). */
    List<Value> children() {
      List<Value> children = new ArrayList<>();
      int at = 0;
      while (at < content.length) {
        Value child = read(content, at);
        children.add(child);
        at += child.encoded.length;
      }
      return children;
    }

    /** The first child tagged {@code wanted}, if any. */
    Optional<Value> child(int wanted) {
      return children().stream().filter(c -> c.tag == wanted).findFirst();
    }
  }

  private Der() {}

  /**
   * Reads the single value that fills {@code bytes}.
   *
   * @throws IllegalArgumentException when the bytes are not one well-formed DER value
   */
  static Value parse(byte[] bytes) {
    Value value = read(bytes, 0);
    if (value.encoded.length != bytes.length) {
      throw new IllegalArgumentException("trailing bytes after the DER value");
    }
    return value;
  }

  private static Value read(byte[] bytes, int start) {
    if (start + 2 > bytes.length) {
      throw new IllegalArgumentException("truncated DER value");
    }
    int tag = bytes[start] & 0xff;
    if ((tag & 0x1f) == 0x1f) {
      throw new IllegalArgumentException("multi-byte DER tags are not used in keys");
    }
    int first = bytes[start + 1] & 0xff;
    int at = start + 2;
    long length = first;
    if (first > 0x80 && first <= 0x84) {
      length = 0;
      for (int i = 0; i < (first & 0x7f); i++) {
        if (at >= bytes.length) {
          throw new IllegalArgumentException("truncated DER length");
        }
        length = (length << 8) | (bytes[at++] & 0xff);
      }
    } else if (first >= 0x80) {
      throw new IllegalArgumentException("not a definite DER length");
    }
    if (length > bytes.length - at) {
      throw new IllegalArgumentException("DER value longer than its input");
    }
    int end = at + (int) length;
    return new Value(
        tag, Arrays.copyOfRange(bytes, at, end), Arrays.copyOfRange(bytes, start, end));
  }

  /** Encodes one value from its tag and content. */
  static byte[] encode(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | octets);
      for (int i = octets - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  /** A SEQUENCE of already encoded values. */
  static byte[] sequence(byte[]... encoded) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] element : encoded) {
      content.writeBytes(element);
    }
    return encode(SEQUENCE, content.toByteArray());
  }
}
