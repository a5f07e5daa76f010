package dev.ucprov.http.tls;

import dev.ucprov.core.device.MacAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * The MACs a certificate names in its subject CN or its subjectAltNames. Where a phone maker puts
 * the MAC is not documented, so any text value is scanned: 12 hex digits, or 6 pairs separated by
 * {@code :} or {@code -}, any case, standing alone (see {@link #MAC}). The all-zero MAC names no
 * phone and is ignored.
 */
final class CertificateMacs {

  private static final String HEX = "[0-9A-Fa-f]";
  private static final String ALNUM = "[0-9A-Za-z]";

  /**
   * 12 hex digits not next to another hex digit ({@code SEP0004F2AABBCC} counts); or 6 pairs with
   * one separator, as a word of its own (not next to a letter or digit, and not one pair short of a
   * longer separated run: {@code mac:00:04:f2:aa:bb:cc} counts, {@code 11:00:04:f2:aa:bb:cc} does
   * not).
   */
  private static final Pattern MAC =
      Pattern.compile(
          "(?<!"
              + HEX
              + ")"
              + HEX
              + "{12}(?!"
              + HEX
              + ")"
              + "|(?<!"
              + ALNUM
              + "|(?:^|[^0-9A-Za-z])"
              + HEX
              + "{2}[:-])"
              + HEX
              + "{2}([:-])"
              + HEX
              + "{2}(?:\\1"
              + HEX
              + "{2}){4}"
              + "(?!"
              + ALNUM
              + "|[:-]"
              + HEX
              + "{2}(?:[^0-9A-Za-z]|$))");

  /** subjectAltName kinds holding text (RFC 5280 section 4.2.1.6). */
  private static final Set<Integer> TEXT_NAMES =
      Set.of(1 /* rfc822Name */, 2 /* dNSName */, 4 /* directoryName */, 6 /* URI */);

  private CertificateMacs() {}

  static Set<MacAddress> of(X509Certificate certificate) {
    Set<MacAddress> macs = new LinkedHashSet<>();
    for (String text : texts(certificate)) {
      macs.addAll(in(text));
    }
    return macs;
  }

  /** The MACs in one text value, in order of appearance. */
  static Set<MacAddress> in(String text) {
    Set<MacAddress> macs = new LinkedHashSet<>();
    Matcher matcher = MAC.matcher(text);
    while (matcher.find()) {
      MacAddress.tryParse(matcher.group()).filter(mac -> !mac.isZero()).ifPresent(macs::add);
    }
    return macs;
  }

  private static List<String> texts(X509Certificate certificate) {
    List<String> texts = new ArrayList<>(commonNames(certificate.getSubjectX500Principal()));
    try {
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> name : names) {
          if (TEXT_NAMES.contains((Integer) name.get(0)) && name.get(1) instanceof String value) {
            texts.add(value);
          }
        }
      }
    } catch (CertificateParsingException e) {
      // The TLS layer already accepted this certificate; a subjectAltName the JDK cannot parse
      // binds it to no device rather than failing the request.
    }
    return texts;
  }

  private static List<String> commonNames(X500Principal subject) {
    try {
      List<String> names = new ArrayList<>();
      for (Rdn rdn : new LdapName(subject.getName(X500Principal.RFC2253)).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          names.add(String.valueOf(rdn.getValue()));
        }
      }
      return names;
    } catch (InvalidNameException e) {
      return List.of();
    }
  }
}
