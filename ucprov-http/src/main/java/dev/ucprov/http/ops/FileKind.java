package dev.ucprov.http.ops;

import java.util.Locale;

/**
 * What kind of provisioning file a request asked for, judged by its name alone (so a 404 is
 * classified too). The label is a metrics tag: a small, fixed set.
 */
public enum FileKind {
  /** {@code 000000000000.cfg} or {@code <MAC>.cfg}. */
  MASTER,
  /** Any other {@code .cfg} or {@code .xml} the master lists. */
  CONFIG,
  /** {@code .ld} images: {@code sip.ld}, {@code 3111-46162-001.sip.ld}, {@code bootrom.ld}. */
  FIRMWARE,
  /** {@code <MAC>-phone.cfg}, {@code <MAC>-web.cfg}. */
  OVERRIDE,
  /** {@code <MAC>-directory.xml}, {@code 000000000000-directory.xml}. */
  DIRECTORY,
  /** {@code <MAC>-boot.log}, {@code <MAC>-app.log}, any {@code .log}. */
  LOG,
  /** {@code <MAC>-license.cfg}, {@code 000000000000-license.cfg}. */
  LICENCE,
  OTHER;

  private static final int MAC_DIGITS = 12;

  /**
   * Classifies by the last segment of a path; case-insensitive. By hand, not by regular
   * expressions: every phone request is counted.
   */
  public static FileKind of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".ld")) {
      return FIRMWARE;
    }
    if (name.endsWith(".log")) {
      return LOG;
    }
    if (startsWithMac(name)) {
      switch (name.substring(MAC_DIGITS)) {
        case "-license.cfg", "-licence.cfg" -> {
          return LICENCE;
        }
        case "-directory.xml" -> {
          return DIRECTORY;
        }
        case "-phone.cfg", "-web.cfg" -> {
          return OVERRIDE;
        }
        case ".cfg" -> {
          return MASTER;
        }
        default -> {
          // another MAC-named file: judged by its extension below
        }
      }
    }
    if (name.endsWith(".cfg") || name.endsWith(".xml")) {
      return CONFIG;
    }
    return OTHER;
  }

  private static boolean startsWithMac(String name) {
    if (name.length() < MAC_DIGITS) {
      return false;
    }
    for (int i = 0; i < MAC_DIGITS; i++) {
      char c = name.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code master}, {@code config}, ... as the metrics tag shows it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
