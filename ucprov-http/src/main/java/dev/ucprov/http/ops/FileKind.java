package dev.ucprov.http.ops;

import java.util.Locale;
import java.util.regex.Pattern;

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

  private static final Pattern MASTER_NAME = Pattern.compile("[0-9a-f]{12}\\.cfg");
  private static final Pattern OVERRIDE_NAME = Pattern.compile("[0-9a-f]{12}-(phone|web)\\.cfg");
  private static final Pattern DIRECTORY_NAME = Pattern.compile("[0-9a-f]{12}-directory\\.xml");
  private static final Pattern LICENCE_NAME = Pattern.compile("[0-9a-f]{12}-licen[cs]e\\.cfg");

  /** Classifies by the last segment of a path; case-insensitive. */
  public static FileKind of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith(".ld")) {
      return FIRMWARE;
    }
    if (name.endsWith(".log")) {
      return LOG;
    }
    if (LICENCE_NAME.matcher(name).matches()) {
      return LICENCE;
    }
    if (DIRECTORY_NAME.matcher(name).matches()) {
      return DIRECTORY;
    }
    if (OVERRIDE_NAME.matcher(name).matches()) {
      return OVERRIDE;
    }
    if (MASTER_NAME.matcher(name).matches()) {
      return MASTER;
    }
    if (name.endsWith(".cfg") || name.endsWith(".xml")) {
      return CONFIG;
    }
    return OTHER;
  }

  /** {@code master}, {@code config}, ... as the metrics tag shows it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
