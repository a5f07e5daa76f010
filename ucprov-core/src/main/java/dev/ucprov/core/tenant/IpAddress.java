package dev.ucprov.core.tenant;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IP address read from its literal text, without any name lookup (the core does no I/O): IPv4
 * dotted quads and IPv6 in every RFC 4291 §2.2 form, with an optional zone ({@code %eth0}, ignored)
 * or brackets. An IPv4-mapped IPv6 address ({@code ::ffff:10.0.0.1}) is the IPv4 address, so a
 * dual-stack listener and an IPv4 network agree.
 *
 * @param bytes 4 bytes for IPv4, 16 for IPv6; never modified
 */
record IpAddress(byte[] bytes) {

  private static final byte[] MAPPED_PREFIX = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff
  };

  static Optional<IpAddress> parse(String text) {
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    Optional<byte[]> bytes = s.indexOf(':') >= 0 ? ipv6(s) : ipv4(s);
    return bytes.map(IpAddress::unmapped).map(IpAddress::new);
  }

  private static byte[] unmapped(byte[] bytes) {
    if (bytes.length == 16 && Arrays.equals(bytes, 0, 12, MAPPED_PREFIX, 0, 12)) {
      return Arrays.copyOfRange(bytes, 12, 16);
    }
    return bytes;
  }

  private static Optional<byte[]> ipv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      // Leading zeros are refused: some readers take them as octal, so their meaning is unclear.
      if (p.isEmpty() || p.length() > 3 || !digits(p) || (p.length() > 1 && p.charAt(0) == '0')) {
        return Optional.empty();
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        return Optional.empty();
      }
      out[i] = (byte) v;
    }
    return Optional.of(out);
  }

  private static Optional<byte[]> ipv6(String s) {
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return Optional.empty();
    }
    String head = gap < 0 ? s : s.substring(0, gap);
    String tail = gap < 0 ? "" : s.substring(gap + 2);
    Optional<byte[]> front = groups(head, gap < 0);
    Optional<byte[]> back = groups(tail, true);
    if (front.isEmpty() || back.isEmpty()) {
      return Optional.empty();
    }
    int used = front.get().length + back.get().length;
    if (gap < 0 ? used != 16 : used > 14) {
      return Optional.empty();
    }
    byte[] out = new byte[16];
    System.arraycopy(front.get(), 0, out, 0, front.get().length);
    System.arraycopy(back.get(), 0, out, 16 - back.get().length, back.get().length);
    return Optional.of(out);
  }

  /** Colon-separated hex groups; the last may be a dotted IPv4 address when {@code last} allows. */
  private static Optional<byte[]> groups(String s, boolean last) {
    if (s.isEmpty()) {
      return Optional.of(new byte[0]);
    }
    String[] parts = s.split(":", -1);
    byte[] out = new byte[parts.length * 2 + 2];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean final_ = i == parts.length - 1;
      if (final_ && p.indexOf('.') >= 0) {
        Optional<byte[]> v4 = ipv4(p);
        if (v4.isEmpty() || !last) {
          return Optional.empty();
        }
        System.arraycopy(v4.get(), 0, out, n, 4);
        n += 4;
        continue;
      }
      if (p.isEmpty() || p.length() > 4 || !hex(p)) {
        return Optional.empty();
      }
      int v = Integer.parseInt(p, 16);
      out[n++] = (byte) (v >> 8);
      out[n++] = (byte) v;
    }
    return n > 16 ? Optional.empty() : Optional.of(Arrays.copyOf(out, n));
  }

  private static boolean digits(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean hex(String s) {
    return s.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpAddress other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return Arrays.toString(bytes);
  }
}
