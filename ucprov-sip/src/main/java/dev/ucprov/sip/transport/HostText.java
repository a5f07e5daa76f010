package dev.ucprov.sip.transport;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Addresses as SIP writes them in a Via or URI host (RFC 3261 §25.1, IPv6 in brackets). */
final class HostText {

  private HostText() {}

  static String of(InetAddress address) {
    String text = address.getHostAddress();
    int scope = text.indexOf('%'); // a zone id means nothing to the phone
    if (scope >= 0) {
      text = text.substring(0, scope);
    }
    return address instanceof Inet6Address ? "[" + text + "]" : text;
  }

  static String sentBy(String host, int port) {
    return host + ":" + port;
  }
}
