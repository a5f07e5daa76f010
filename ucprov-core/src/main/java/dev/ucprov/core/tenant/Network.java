package dev.ucprov.core.tenant;

import java.util.Optional;

/**
 * A block of IP addresses in CIDR notation ({@code 10.20.0.0/16}, {@code 2001:db8::/32}); a bare
 * address is a block of one. TFTP has neither host names nor credentials, so a tenant is reached
 * over it by the source address of a phone in one of its networks (issue 5).
 *
 * <p>Two networks are equal when they hold the same addresses; {@link #toString()} is the canonical
 * form, host bits cleared ({@code 10.20.0.0/16} for {@code 10.20.3.4/16}).
 */
public final class Network {

  private final String text;
  private final int prefix;
  private final IpAddress address;

  private Network(String text, int prefix, IpAddress address) {
    this.text = text;
    this.prefix = prefix;
    this.address = address;
  }

  /** The number of leading bits that count: 0 to 32 (IPv4) or 128 (IPv6). */
  public int prefix() {
    return prefix;
  }

  /** Reads a network, or explains what is wrong with it. */
  public static Parsed parse(String text) {
    String s = text == null ? "" : text.strip();
    int slash = s.indexOf('/');
    String addressText = slash < 0 ? s : s.substring(0, slash);
    Optional<IpAddress> address = IpAddress.parse(addressText);
    if (address.isEmpty() || addressText.contains("%")) {
      return new Parsed.Invalid(
          "\""
              + text
              + "\" is not a network: expected an IPv4 or IPv6 address, optionally"
              + " followed by /prefix (10.20.0.0/16, 2001:db8::/32)");
    }
    int bits = address.get().bytes().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String p = s.substring(slash + 1);
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return new Parsed.Invalid("\"" + text + "\": the prefix length must be a number");
      }
      prefix = Integer.parseInt(p);
      if (prefix > bits) {
        return new Parsed.Invalid(
            "\"" + text + "\": the prefix length must be 0 to " + bits + " for this address");
      }
    }
    byte[] masked = masked(address.get().bytes(), prefix);
    return new Parsed.Valid(new Network(canonical(masked, prefix), prefix, new IpAddress(masked)));
  }

  /** What {@link #parse} read. */
  public sealed interface Parsed {
    record Valid(Network network) implements Parsed {}

    record Invalid(String problem) implements Parsed {}
  }

  /** Whether {@code sourceAddress} (an address literal as a listener reports it) is inside. */
  public boolean contains(String sourceAddress) {
    return IpAddress.parse(sourceAddress)
        .filter(a -> a.bytes().length == address.bytes().length)
        .map(a -> new IpAddress(masked(a.bytes(), prefix)).equals(address))
        .orElse(false);
  }

  /** Whether the two blocks share an address: one contains the other. */
  public boolean overlaps(Network other) {
    if (other.address.bytes().length != address.bytes().length) {
      return false;
    }
    int shorter = Math.min(prefix, other.prefix);
    return new IpAddress(masked(address.bytes(), shorter))
        .equals(new IpAddress(masked(other.address.bytes(), shorter)));
  }

  private static byte[] masked(byte[] bytes, int prefix) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - i * 8));
      out[i] = (byte) (out[i] & (0xff << (8 - keep)));
    }
    return out;
  }

  private static String canonical(byte[] bytes, int prefix) {
    StringBuilder s = new StringBuilder();
    if (bytes.length == 4) {
      for (int i = 0; i < 4; i++) {
        s.append(i == 0 ? "" : ".").append(bytes[i] & 0xff);
      }
    } else {
      s.append(ipv6(bytes));
    }
    return s.append('/').append(prefix).toString();
  }

  /** RFC 5952: lower-case hex, the longest run of two or more zero groups written {@code ::}. */
  private static String ipv6(byte[] bytes) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        s.append("::");
        i += bestLength - 1;
        continue;
      }
      if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
        s.append(':');
      }
      s.append(Integer.toHexString(groups[i]));
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Network other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
